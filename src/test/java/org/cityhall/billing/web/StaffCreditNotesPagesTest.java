package org.cityhall.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The finance officers' page to credit an invoice, and the credit note with its PDF on the payer's My pages. */
@CityHallWebTest
class StaffCreditNotesPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	final org.springframework.test.web.servlet.request.RequestPostProcessor officer = TestPayers.financeOfficer();

	@Test
	void anOfficerCreditsOneLineAndThePayerSeesTheCreditNoteAndItsPdfOnMyPages() throws Exception {
		Party.Person payer = TestPayers.randomPerson("Karin Ek");
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Kölavgift", "Queue fee"), Money.sek("300"), BigDecimal.ZERO);
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Lägervecka", "Camp week"), Money.sek("500"), BigDecimal.ZERO);
		InvoiceView invoice = invoices.find(invoicing.runFor(payer, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1)).get(0))
				.orElseThrow();

		String found = page(get("/staff/billing/credit-notes").param("invoice", Long.toString(invoice.number())));
		assertThat(found).contains("Faktura " + invoice.number(), "name=\"lines\"", "id=\"lines\"", "id=\"reason\"")
				.doesNotContain("Karin Ek", payer.number().value());

		String location = mvc.perform(post("/staff/billing/credit-notes").param("invoice", Long.toString(invoice.number()))
						.param("lines", "2").param("reason", "Lägerveckan ställdes in").with(officer).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String created = page(get(location));
		InvoiceView creditNote = invoices.forPayer(payer).stream().filter(view -> view.kind() == InvoiceView.Kind.CREDIT_NOTE).findFirst()
				.orElseThrow();

		assertThat(created).contains("id=\"created\"", "Kreditfaktura " + creditNote.number() + " är utfärdad");
		assertThat(creditNote.total()).isEqualTo(Money.sek("500"));
		assertThat(invoices.find(invoice.id()).orElseThrow().remaining()).isEqualTo(Money.sek("300"));
		String myPages = mvc.perform(get("/my-pages").with(SignedInAs.resident(payer.number(), "Karin Ek"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(myPages).contains("Kreditfaktura " + creditNote.number(), "href=\"/invoices/" + creditNote.id() + "/pdf\"", "300,00\u00a0kr");
		byte[] pdf = mvc.perform(get("/invoices/" + creditNote.id() + "/pdf").with(SignedInAs.resident(payer.number(), "Karin Ek")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Kreditfaktura " + creditNote.number(), "Lägerveckan ställdes in",
					"Lägervecka").doesNotContain("Kölavgift");
		}
		String again = page(get("/staff/billing/credit-notes").param("invoice", Long.toString(invoice.number())));
		assertThat(again).contains("Redan krediterad");
	}

	@Test
	void whatWasTypedAndChosenIsKeptWithTheErrorsInBothLanguages() throws Exception {
		Party.Person payer = TestPayers.randomPerson("Nils Berg");
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Kölavgift", "Queue fee"), Money.sek("300"), BigDecimal.ZERO);
		InvoiceView invoice = invoices.find(invoicing.runFor(payer, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1)).get(0))
				.orElseThrow();

		String noReason = mvc.perform(post("/staff/billing/credit-notes").param("invoice", Long.toString(invoice.number()))
						.param("lines", "1").param("reason", "  ").with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String noLines = mvc.perform(post("/staff/billing/credit-notes").param("invoice", Long.toString(invoice.number()))
						.param("reason", "Fel avgift").param("lang", "en").with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String unknown = page(get("/staff/billing/credit-notes").param("invoice", "12ab"));

		assertThat(noReason).contains("govuk-error-summary", "href=\"#reason\"", "Skriv varför fakturan krediteras", "checked=\"checked\"");
		assertThat(noLines).contains("href=\"#lines\"", "Choose at least one line to credit", "Fel avgift</textarea>");
		assertThat(unknown).contains("href=\"#invoice\"", "Det finns ingen faktura med det numret", "value=\"12ab\"");
		assertThat(invoices.find(invoice.id()).orElseThrow().status()).isEqualTo(InvoiceView.Status.OPEN);
	}

	@Test
	void otherDepartmentsMayNot() throws Exception {
		var other = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));

		mvc.perform(get("/staff/billing/credit-notes").with(other)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/billing/credit-notes").param("invoice", "100001").param("lines", "1").param("reason", "x").with(other)
				.with(csrf())).andExpect(status().isForbidden());
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(officer)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
	}
}
