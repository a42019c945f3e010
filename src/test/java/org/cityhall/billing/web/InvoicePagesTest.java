package org.cityhall.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.TestPayers;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Invoices on My pages with their PDF, and the finance officers' payments page. */
@CityHallWebTest
class InvoicePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	Party.Person payer;
	InvoiceView invoice;

	@BeforeEach
	void setUp() {
		payer = TestPayers.randomPerson("Karin Ek");
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Boendeparkering december", "Residents' parking, December"),
				Money.sek("625"), BigDecimal.ZERO);
		UUID id = invoicing.runFor(payer, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1)).get(0);
		invoice = invoices.find(id).orElseThrow();
	}

	@Test
	void myPagesListTheInvoiceWithItsOcrAndPdfInsteadOfTheFee() throws Exception {
		String html = mvc.perform(get("/my-pages").with(SignedInAs.resident(payer.number(), "Karin Ek")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("id=\"invoices\"", "Faktura " + invoice.number(), "Obetald", invoice.ocr().value(), "625,00\u00a0kr",
				"href=\"/invoices/" + invoice.id() + "/pdf\"");
		assertThat(html).doesNotContain("id=\"unpaid-fees\"");
	}

	@Test
	void thePayerDownloadsThePdfAndNoOneElseCan() throws Exception {
		mvc.perform(get("/invoices/" + invoice.id() + "/pdf").with(SignedInAs.resident(payer.number(), "Karin Ek")))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/pdf"))
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"faktura-" + invoice.number() + ".pdf\""));
		mvc.perform(get("/invoices/" + invoice.id() + "/pdf").with(SignedInAs.resident(TestPayers.randomNumber(), "Sara Holm")))
				.andExpect(status().isNotFound());
		mvc.perform(get("/invoices/not-an-id/pdf").with(SignedInAs.resident(payer.number(), "Karin Ek")))
				.andExpect(status().isNotFound());
	}

	@Test
	void financeOfficersReadABgMaxFileAndOthersMayNot() throws Exception {
		var officer = TestPayers.financeOfficer();
		var other = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));

		mvc.perform(get("/staff/billing").with(other)).andExpect(status().isForbidden());
		String empty = mvc.perform(multipart("/staff/billing/bgmax").with(officer).with(org.springframework.security.test.web.servlet.request
						.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(empty).contains("govuk-error-summary", "Välj en BgMax-fil att läsa", "href=\"#file\"");

		MockMultipartFile wrong = new MockMultipartFile("file", "bgmax.txt", "text/plain", "01BGMIN".getBytes(StandardCharsets.ISO_8859_1));
		String refused = mvc.perform(multipart("/staff/billing/bgmax").file(wrong).with(officer).with(org.springframework.security.test.web
						.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Filen följer inte BgMax-formatet", "line 1: column 3");
	}
}
