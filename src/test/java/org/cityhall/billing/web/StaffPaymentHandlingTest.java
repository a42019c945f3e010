package org.cityhall.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cityhall.billing.TestPayers;
import org.cityhall.billing.bgmax.Reconciliation;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A payment listed for staff is marked handled with a note, and every read of its payer's name is audited. */
@CityHallWebTest
class StaffPaymentHandlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	final org.springframework.test.web.servlet.request.RequestPostProcessor officer = TestPayers.financeOfficer();

	@Test
	void anOfficerMarksAnUnmatchedPaymentHandledWithANoteAndTheNameReadsAreAudited() throws Exception {
		// Paid long ago, so that it is among the first listed whatever other tests left.
		UUID payment = unmatchedPayment("Sara Holm", LocalDate.of(2000, 1, 3));
		String what = "bank-payment:" + payment;

		String list = page(get("/staff/billing"));
		assertThat(list).contains("Sara Holm", "href=\"/staff/billing/payments/" + payment + "\"");
		assertThat(reads(what)).isEqualTo(1);

		String noNote = mvc.perform(post("/staff/billing/payments/" + payment + "/handled").param("note", " ").with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(noNote).contains("govuk-error-summary", "href=\"#note\"", "Skriv vad du gjorde med betalningen", "Sara Holm");
		String tooLong = mvc.perform(post("/staff/billing/payments/" + payment + "/handled").param("note", "x".repeat(501)).param("lang", "en")
				.with(officer).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tooLong).contains("The note can be at most 500 characters", "x".repeat(501) + "</textarea>");

		mvc.perform(post("/staff/billing/payments/" + payment + "/handled").param("note", "Återbetald till betalarens konto")
				.with(officer).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(page(get("/staff/billing"))).doesNotContain("href=\"/staff/billing/payments/" + payment + "\"");
		assertThat(page(get("/staff/billing/payments/" + payment))).contains("id=\"handled\"", "Återbetald till betalarens konto")
				.doesNotContain("name=\"note\"");
		assertThat(jdbc.sql("SELECT handled_note FROM billing_bank_payment WHERE id = :id").param("id", payment).query(String.class).single())
				.isEqualTo("Återbetald till betalarens konto");
		assertThat(reads(what)).isEqualTo(4);
		String again = mvc.perform(post("/staff/billing/payments/" + payment + "/handled").param("note", "Igen").with(officer).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("Betalningen är redan markerad som hanterad");
	}

	@Test
	void anUnknownPaymentIsNotFoundAndOtherDepartmentsMayNot() throws Exception {
		var other = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));
		UUID payment = unmatchedPayment("Nils Berg", LocalDate.of(2026, 12, 1));

		mvc.perform(get("/staff/billing/payments/" + UUID.randomUUID()).with(officer)).andExpect(status().isNotFound());
		mvc.perform(get("/staff/billing/payments/not-an-id").with(officer)).andExpect(status().isNotFound());
		mvc.perform(get("/staff/billing/payments/" + payment).with(other)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/billing/payments/" + payment + "/handled").param("note", "x").with(other).with(csrf()))
				.andExpect(status().isForbidden());
		assertThat(reads("bank-payment:" + payment)).isZero();
	}

	private UUID unmatchedPayment(String payerName, LocalDate paid) {
		return transactions.execute(status -> {
			UUID file = reconciliation.readOnce("BGMAX", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), "test", 1);
			reconciliation.reconcile(file, List.of(new Reconciliation.BankPayment("00001", "BGC 00001", paid,
					"NO INVOICE", 5000, payerName)));
			return jdbc.sql("SELECT id FROM billing_bank_payment WHERE file_id = :file").param("file", file).query(UUID.class).single();
		});
	}

	private int reads(String what) {
		return jdbc.sql("SELECT count(*) FROM audit_record WHERE what = :what AND actor_id = 'officer-finance' AND purpose = 'payment-reconciliation'")
				.param("what", what).query(Integer.class).single();
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(officer)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
	}
}
