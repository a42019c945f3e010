package org.cityhall.billing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.Reminders;
import org.cityhall.billing.TestPayers;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident does not pay an invoice and gets a reminder, in a real browser, axe on every page, in English
 * and Swedish: the invoice on My pages, unpaid, with its OCR reference and PDF; after its due date, a
 * reminder with a new day to pay by.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class ReminderJourneyBrowserTest {

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	Reminders reminders;

	@Test
	void aResidentWhoDoesNotPayGetsAReminderOnMyPages(Browser browser) {
		Party.Person resident = new Party.Person(PersonalIdentityNumber.parse(DemoPersonas.CO_PARENT.id()), DemoPersonas.CO_PARENT.name());
		fees.incur(resident, TestPayers.randomMatter(), new LocalizedText("Boendeparkering, kvartal", "Residents' parking, quarter"),
				Money.sek("725"), BigDecimal.ZERO);
		UUID id = invoicing.runFor(resident, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1)).get(0);
		InvoiceView invoice = invoices.find(id).orElseThrow();
		// The persona may owe other fees that other tests left unpaid; they go on the same invoice, as they would.
		assertThat(invoice.lines()).anySatisfy(line -> assertThat(line.gross()).isEqualByComparingTo("725"));
		String row = "//table[@id='invoices']//tr[td[contains(., '" + invoice.number() + "')]]";

		DemoSignIn.resident(browser, DemoPersonas.CO_PARENT.id());
		browser.visit("/my-pages?lang=en");
		assertThat(browser.find(By.xpath(row)).getText()).contains("Invoice " + invoice.number(), "Unpaid", invoice.ocr().value(),
				invoice.remaining().format(Locale.ENGLISH).replace('\u00a0', ' '));
		assertThat(browser.find(By.xpath(row + "//a")).getDomAttribute("href")).isEqualTo("/invoices/" + id + "/pdf");

		LocalDate remindedOn = invoice.dueDate().plusDays(6);
		assertThat(reminders.sendDue(remindedOn)).contains(id);

		browser.visit("/my-pages?lang=en");
		String payBy = remindedOn.plusDays(10).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		assertThat(browser.find(By.xpath(row)).getText()).contains("Reminder", payBy, invoice.ocr().value());
		browser.visit("/my-pages?lang=sv");
		assertThat(browser.language()).isEqualTo("sv");
		assertThat(browser.find(By.xpath(row)).getText()).contains("Faktura " + invoice.number(), "Påminnelse",
				remindedOn.plusDays(10).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"))));
	}
}
