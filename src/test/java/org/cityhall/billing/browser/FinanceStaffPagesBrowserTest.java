package org.cityhall.billing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.TestPayers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The finance officers' pages in a real browser, axe on every page, in Swedish and English: the bank payments,
 * e-faktura, and crediting an invoice, with the invoice number missing first and nothing chosen next.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class FinanceStaffPagesBrowserTest {

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Test
	void aFinanceOfficerOpensThePaymentsAndEInvoicesPagesAndCreditsAnInvoiceErrorsFirst(Browser browser) {
		Party.Person payer = TestPayers.randomPerson("Karin Ek");
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Lägervecka", "Camp week"), Money.sek("500"), BigDecimal.ZERO);
		InvoiceView invoice = invoices.find(invoicing.runFor(payer, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1)).get(0))
				.orElseThrow();

		DemoSignIn.staff(browser, "staff-officer-service-administration");
		browser.visit("/staff/billing?lang=en");
		browser.visit("/staff/billing?lang=sv");
		browser.visit("/staff/billing/e-invoices?lang=en");
		browser.visit("/staff/billing/e-invoices?lang=sv");

		browser.visit("/staff/billing/credit-notes?lang=en&invoice=");
		assertThat(browser.find(By.className("govuk-error-summary")).getText()).isNotBlank();
		browser.visit("/staff/billing/credit-notes?lang=sv&invoice=" + invoice.number());
		assertThat(browser.find(By.id("invoice-summary")).getText()).contains("500,00 kr");
		DemoSignIn.click(browser, By.xpath("//form[@method='post' and contains(@action, 'credit-notes')]//button"));
		assertThat(browser.find(By.className("govuk-error-summary")).getText()).isNotBlank();
	}

	@Test
	void aPlatformAdministratorOpensTheOpen311KeysPage(Browser browser) {
		DemoSignIn.staff(browser, "staff-platform-administrator");
		browser.visit("/staff/open311-clients?lang=en");
		browser.visit("/staff/open311-clients?lang=sv");
		assertThat(browser.language()).isEqualTo("sv");
	}
}
