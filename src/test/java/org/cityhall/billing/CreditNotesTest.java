package org.cityhall.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.billing.bgmax.Reconciliation;
import org.cityhall.billing.peppol.FolderAccessPoint;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Crediting an invoice in full or some of its lines: what is left to pay, what a payment then settles, and Peppol. */
@CityHallWebTest
class CreditNotesTest {

	static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1);
	static final Actor STAFF = Actor.self(new Party.Staff("ekonomi-1", "Ekonomihandläggare"), LevelOfAssurance.LOA3);

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	CreditNotes creditNotes;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AccessPoint accessPoint;

	@Autowired
	JdbcClient jdbc;

	@Test
	void creditingSomeLinesLowersWhatIsLeftAndThePaymentOfTheRestSettlesOnlyTheOtherFees() {
		Party.Person payer = TestPayers.randomPerson("Karin Ek");
		UUID parking = fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Boendeparkering december", "Residents' parking"),
				Money.sek("625"), BigDecimal.ZERO);
		UUID map = fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Nybyggnadskarta", "New construction map"),
				Money.sek("1500"), new BigDecimal("0.25"));
		InvoiceView invoice = invoices.find(invoicing.runFor(payer, TOMORROW).get(0)).orElseThrow();
		int mapLine = invoice.lines().get(0).feeId().equals(map) ? 1 : 2;

		UUID creditNoteId = creditNotes.credit(invoice.id(), List.of(mapLine), "Kartan beställdes aldrig", STAFF);

		InvoiceView creditNote = invoices.find(creditNoteId).orElseThrow();
		InvoiceView after = invoices.find(invoice.id()).orElseThrow();
		assertThat(creditNote.total()).isEqualTo(Money.sek("1500"));
		assertThat(creditNote.vat()).isEqualTo(Money.sek("300"));
		assertThat(creditNote.lines()).singleElement().satisfies(line -> assertThat(line.feeId()).isEqualTo(map));
		assertThat(after.status()).isEqualTo(InvoiceView.Status.OPEN);
		assertThat(after.remaining()).isEqualTo(Money.sek("625"));
		assertThatIllegalStateException().isThrownBy(() -> creditNotes.credit(invoice.id(), List.of(mapLine), "Igen", STAFF))
				.withMessageContaining("credited already");

		Reconciliation.Outcome paid = transactions.execute(status -> reconciliation.reconcile(
				reconciliation.readOnce("BGMAX", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), "test", 1),
				List.of(new Reconciliation.BankPayment("00001", "BGC 00001", TOMORROW, invoice.ocr().value(), 62500, "Karin Ek"))));

		assertThat(paid.paid()).isEqualTo(1);
		assertThat(invoices.find(invoice.id()).orElseThrow().status()).isEqualTo(InvoiceView.Status.PAID);
		assertThat(fees.find(parking).orElseThrow().status()).isEqualTo(FeeStatus.PAID);
		assertThat(fees.find(map).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);
	}

	@Test
	void creditingTheLastLinesCreditsTheInvoiceAndSomeLinesCannotBeCreditedOnceSomethingIsPaid() {
		Party.Person payer = TestPayers.randomPerson("Nils Berg");
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Kölavgift", "Queue fee"), Money.sek("300"), BigDecimal.ZERO);
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Lägervecka", "Camp week"), Money.sek("500"), BigDecimal.ZERO);
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Hyra av hall", "Hall hire"), Money.sek("200"), BigDecimal.ZERO);
		InvoiceView invoice = invoices.find(invoicing.runFor(payer, TOMORROW).get(0)).orElseThrow();

		creditNotes.credit(invoice.id(), List.of(1), "Fel avgift", STAFF);
		UUID rest = creditNotes.credit(invoice.id(), "Allt togs ut av misstag", STAFF);

		assertThat(invoices.find(rest).orElseThrow().lines()).hasSize(2);
		assertThat(invoices.find(invoice.id()).orElseThrow().status()).isEqualTo(InvoiceView.Status.CREDITED);
		assertThat(invoices.find(invoice.id()).orElseThrow().remaining()).isEqualTo(Money.sek("0"));

		Party.Person another = TestPayers.randomPerson("Sara Holm");
		fees.incur(another, TestPayers.randomMatter(), new LocalizedText("Kölavgift", "Queue fee"), Money.sek("300"), BigDecimal.ZERO);
		fees.incur(another, TestPayers.randomMatter(), new LocalizedText("Lägervecka", "Camp week"), Money.sek("500"), BigDecimal.ZERO);
		InvoiceView partlyPaid = invoices.find(invoicing.runFor(another, TOMORROW).get(0)).orElseThrow();
		transactions.execute(status -> reconciliation.reconcile(
				reconciliation.readOnce("BGMAX", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), "test", 1),
				List.of(new Reconciliation.BankPayment("00002", "BGC 00002", TOMORROW, partlyPaid.ocr().value(), 10000, "Sara Holm"))));

		assertThatIllegalStateException().isThrownBy(() -> creditNotes.credit(partlyPaid.id(), List.of(1), "Fel", STAFF))
				.withMessageContaining("has payments");
		assertThatIllegalArgumentException().isThrownBy(() -> creditNotes.credit(partlyPaid.id(), List.of(3), "Fel", STAFF));
		assertThatIllegalArgumentException().isThrownBy(() -> creditNotes.credit(partlyPaid.id(), List.of(), "Fel", STAFF));
	}

	@Test
	void anOrganisationsCreditNoteGoesOutByPeppolValidated() throws Exception {
		Party.Organisation company = new Party.Organisation(OrganisationNumber.parse("5560360793"), "Bygg AB");
		fees.incur(company, TestPayers.randomMatter(), new LocalizedText("Bygglov", "Building permit"), Money.sek("12000"),
				new BigDecimal("0.25"));
		InvoiceView invoice = invoices.find(invoicing.runFor(company, TOMORROW).get(0)).orElseThrow();

		InvoiceView creditNote = invoices.find(creditNotes.credit(invoice.id(), "Bygglovet återkallades", STAFF)).orElseThrow();

		// Sent (the file is written in the transaction that marks it so); the folder may keep an older run's files.
		Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> "SENT".equals(jdbc.sql(
				"SELECT status FROM billing_peppol_delivery WHERE invoice_id = :id").param("id", creditNote.id()).query(String.class).single()));
		Path file = ((FolderAccessPoint) accessPoint).folder().resolve(creditNote.number() + ".xml");
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(xml).contains("<CreditNote", "<cbc:ID>" + creditNote.number() + "</cbc:ID>",
				"<cac:InvoiceDocumentReference><cbc:ID>" + invoice.number() + "</cbc:ID>", "Bygglovet återkallades");
		Files.delete(file);
		Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> "SENT".equals(jdbc.sql(
				"SELECT status FROM billing_peppol_delivery WHERE invoice_id = :id").param("id", invoice.id()).query(String.class).single()));
		Files.deleteIfExists(file.resolveSibling(invoice.number() + ".xml"));
		Files.deleteIfExists(file.resolveSibling(invoice.number() + ".receiver"));
		Files.deleteIfExists(file.resolveSibling(creditNote.number() + ".receiver"));
	}
}
