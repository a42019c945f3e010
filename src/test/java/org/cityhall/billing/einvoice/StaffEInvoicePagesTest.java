package org.cityhall.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.end;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.file;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.opening;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.registration;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.summary;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.billing.TestPayers;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The finance officers' e-faktura page: reading the service's files, and what it lists. */
@CityHallWebTest
class StaffEInvoicePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EInvoices eInvoices;

	final org.springframework.test.web.servlet.request.RequestPostProcessor officer = TestPayers.financeOfficer();

	@Test
	void anOfficerReadsARegistrationFileAndSeesTheLineThatCouldNotBeTakenWithoutTheResidentsNumber() throws Exception {
		Party.Person resident = TestPayers.randomPerson("Sara Holm");
		String writtenAt = "2026" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
		MockMultipartFile registrations = new MockMultipartFile("file", "efa.txt", "text/plain", file(opening(writtenAt, "EFA"),
				registration("ANM", resident.number().value(), "EF4471000123", "SHB", "20261126", "Sara Holm"),
				registration("ANM", "19811218", "EF4471000124", "SHB", "20261126", "Nils Berg"),
				summary("0000002"), end("0000005")).getBytes(StandardCharsets.ISO_8859_1));

		String read = mvc.perform(multipart("/staff/billing/e-invoices/files").file(registrations).with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(read).contains("id=\"outcome\"", "1 nya anmälningar, 0 ändringar, 0 avanmälningar, 1 rader som inte kunde tas emot",
				"id=\"refused\"", writtenAt, "Uppgiften invånaren angav är inte ett personnummer med 12 siffror");
		assertThat(read).doesNotContain(resident.number().value(), "19811218", "Sara Holm", "Nils Berg");
		assertThat(eInvoices.agreement(resident)).get().extracting(EInvoices.Agreement::active).isEqualTo(true);
	}

	@Test
	void aFileThatIsNoneOfTheServicesIsRefusedAtTheFieldInBothLanguages() throws Exception {
		MockMultipartFile wrong = new MockMultipartFile("file", "bgmax.txt", "text/plain",
				"01BGMAX               0120261202063000000000T".getBytes(StandardCharsets.ISO_8859_1));

		String refused = mvc.perform(multipart("/staff/billing/e-invoices/files").file(wrong).with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String english = mvc.perform(multipart("/staff/billing/e-invoices/files").file(wrong).param("lang", "en").with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String none = mvc.perform(multipart("/staff/billing/e-invoices/files").with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(refused).contains("govuk-error-summary", "href=\"#file\"", "Filen följer inte e-fakturatjänstens format",
				"line 1: column 17");
		assertThat(english).contains("The file does not follow the e-faktura service&#39;s format");
		assertThat(none).contains("govuk-error-summary", "Välj en fil från e-fakturatjänsten att läsa");
	}

	@Test
	void theStaffPaymentsPageLinksToItAndOtherDepartmentsMayNot() throws Exception {
		var other = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));

		String payments = mvc.perform(get("/staff/billing").with(officer)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(payments).contains("href=\"/staff/billing/e-invoices\"");
		mvc.perform(get("/staff/billing/e-invoices").with(officer)).andExpect(status().isOk());
		mvc.perform(get("/staff/billing/e-invoices").with(other)).andExpect(status().isForbidden());
		mvc.perform(multipart("/staff/billing/e-invoices/files").with(other).with(csrf())).andExpect(status().isForbidden());
	}
}
