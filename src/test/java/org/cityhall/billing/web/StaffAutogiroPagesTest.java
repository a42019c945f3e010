package org.cityhall.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.TestPayers;
import org.cityhall.billing.autogiro.Mandates;
import org.cityhall.billing.autogiro.SpecificationFixture;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The finance officers' autogiro page: writing the payment order file and reading a payment specification. */
@CityHallWebTest
class StaffAutogiroPagesTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	Mandates mandates;

	final org.springframework.test.web.servlet.request.RequestPostProcessor officer = TestPayers.financeOfficer();

	@Test
	void anOfficerWritesThePaymentOrderFileAndFetchesItAgain() throws Exception {
		Party.Person payer = TestPayers.randomPerson("Karin Ek");
		mandates.activate(payer, TODAY);
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Boendeparkering", "Residents' parking"), Money.sek("625"),
				BigDecimal.ZERO);
		InvoiceView invoice = invoices.find(invoicing.runFor(payer, TODAY.plusDays(1)).get(0)).orElseThrow();

		String location = mvc.perform(post("/staff/billing/autogiro/orders").with(officer).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		byte[] file = mvc.perform(get(location).with(officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		assertThat(new String(file, StandardCharsets.ISO_8859_1).lines())
				.anySatisfy(line -> assertThat(line).startsWith("82").contains(Mandates.payerNumber(payer.number()) + "000000062500")
						.contains(invoice.ocr().value()));
		String page = mvc.perform(get("/staff/billing/autogiro").with(officer)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"order-files\"", location);
	}

	@Test
	void anOfficerReadsAPaymentSpecificationAndSeesTheWithdrawalThatFailed() throws Exception {
		// References of no invoice: the withdrawal carried out is listed among the payments, the failed one here.
		String failedReference = String.valueOf(System.nanoTime() % 10_000_000_000L);
		MockMultipartFile specification = new MockMultipartFile("file", "autogiro.txt", "text/plain", SpecificationFixture
				.file(String.format("%020d", System.nanoTime()), "8112189876", "99999999", "7002024321", failedReference)
				.getBytes(StandardCharsets.ISO_8859_1));

		String read = mvc.perform(multipart("/staff/billing/autogiro/specification").file(specification).with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(read).contains("id=\"outcome\"", "0 fakturor betalda, 1 dragningar att se över bland inbetalningarna, "
				+ "1 dragningar som inte gick igenom").contains("Okänd (referens " + "0".repeat(16 - failedReference.length()) + failedReference + ")");
	}

	@Test
	void aFileThatIsNoPaymentSpecificationIsRefusedAtTheField() throws Exception {
		MockMultipartFile wrong = new MockMultipartFile("file", "bgmax.txt", "text/plain",
				"01BGMAX               0120261202063000000000T".getBytes(StandardCharsets.ISO_8859_1));

		String refused = mvc.perform(multipart("/staff/billing/autogiro/specification").file(wrong).with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(refused).contains("govuk-error-summary", "href=\"#file\"", "Filen följer inte Bankgirots format", "line 1: column 3");
	}

	@Test
	void otherDepartmentsMayNot() throws Exception {
		var other = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));

		mvc.perform(get("/staff/billing/autogiro").with(other)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/billing/autogiro/orders").with(other).with(csrf())).andExpect(status().isForbidden());
	}
}
