package org.cityhall.billing.bgmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.cityhall.billing.FeeStatus;
import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.PaymentSettled;
import org.cityhall.billing.TestPayers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Reconciling a BgMax file written by hand ({@code reconcile.txt}: a full payment, a partial one, an
 * over-payment and one whose reference is no OCR number). Its reference columns hold placeholders that the
 * test fills, to the same 25 columns, with the OCR numbers of invoices it issues itself.
 */
@CityHallWebTest
@RecordApplicationEvents
class ReconciliationTest {

	static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1);

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void paymentsFindTheirInvoicesByOcrAndWhatDoesNotFitIsListedForStaff() throws IOException {
		InvoiceView paid = invoiceOf("625", "Karin Ek");
		InvoiceView partial = invoiceOf("300", "Sara Holm");
		InvoiceView over = invoiceOf("150", "Nils Berg");
		String file = BgMaxFileTest.fixture("reconcile.txt")
				.replace("OCR-PAID".concat(" ".repeat(17)), pad(paid))
				.replace("OCR-PARTIAL".concat(" ".repeat(14)), pad(partial))
				.replace("OCR-OVER".concat(" ".repeat(17)), pad(over))
				// Each run of the test reads another file: its time of writing is this test's own.
				.replace("20261202063000000000", String.format("%020d", System.nanoTime()));

		Reconciliation.Outcome outcome = reconciliation.reconcile(file.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(outcome).isEqualTo(new Reconciliation.Outcome(4, 1, 1, 1, 1));
		InvoiceView paidNow = invoices.find(paid.id()).orElseThrow();
		assertThat(paidNow.status()).isEqualTo(InvoiceView.Status.PAID);
		assertThat(paidNow.paid()).isEqualTo(Money.sek("625.00"));
		UUID fee = paid.lines().get(0).feeId();
		assertThat(fees.find(fee).orElseThrow().status()).isEqualTo(FeeStatus.PAID);
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee))).singleElement()
				.satisfies(event -> {
					assertThat(event.amount()).isEqualTo(Money.sek("625.00"));
					assertThat(event.providerReference()).isEqualTo("BGC 000000000301");
				});

		InvoiceView partialNow = invoices.find(partial.id()).orElseThrow();
		assertThat(partialNow.status()).isEqualTo(InvoiceView.Status.OPEN);
		assertThat(partialNow.remaining()).isEqualTo(Money.sek("200.00"));
		assertThat(fees.find(partial.lines().get(0).feeId()).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);

		InvoiceView overNow = invoices.find(over.id()).orElseThrow();
		assertThat(overNow.status()).isEqualTo(InvoiceView.Status.PAID);
		assertThat(overNow.paid()).isEqualTo(Money.sek("200.00"));
		assertThat(excessOf("000000000303")).isEqualByComparingTo("50.00");
		assertThat(outcomeOf("000000000304")).isEqualTo("UNMATCHED");
	}

	@Test
	void theSameFileIsReadOnce() throws IOException {
		// Its references are the placeholders, no one's OCR numbers: all four payments are unmatched.
		byte[] file = BgMaxFileTest.fixture("reconcile.txt").replace("20261202063000000000", String.format("%020d", System.nanoTime()))
				.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(reconciliation.reconcile(file)).isEqualTo(new Reconciliation.Outcome(4, 0, 0, 0, 4));

		assertThatIllegalStateException().isThrownBy(() -> reconciliation.reconcile(file)).withMessageContaining("was read before");
	}

	private InvoiceView invoiceOf(String amount, String name) {
		Party.Person payer = TestPayers.randomPerson(name);
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Boendeparkering", "Residents' parking"), Money.sek(amount),
				BigDecimal.ZERO);
		return invoices.find(invoicing.runFor(payer, TOMORROW).get(0)).orElseThrow();
	}

	private static String pad(InvoiceView invoice) {
		return String.format("%-25s", invoice.ocr().value());
	}

	private BigDecimal excessOf(String serial) {
		return jdbc.sql("SELECT excess FROM billing_bank_payment WHERE bgc_serial = :serial ORDER BY id DESC LIMIT 1")
				.param("serial", serial).query(BigDecimal.class).single();
	}

	private String outcomeOf(String serial) {
		return jdbc.sql("SELECT outcome FROM billing_bank_payment WHERE bgc_serial = :serial ORDER BY id DESC LIMIT 1")
				.param("serial", serial).query(String.class).single();
	}
}
