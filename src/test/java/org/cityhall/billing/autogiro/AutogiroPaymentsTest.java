package org.cityhall.billing.autogiro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.cityhall.billing.FeeStatus;
import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.PaymentSettled;
import org.cityhall.billing.TestPayers;
import org.cityhall.billing.bgmax.Reconciliation;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Ordering withdrawals for the invoices of residents with a mandate, and reading Bankgirot's payment
 * specification back ({@link SpecificationFixture}, written by hand, with the test's own payers and OCR numbers).
 */
@CityHallWebTest
@RecordApplicationEvents
class AutogiroPaymentsTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	Mandates mandates;

	@Autowired
	AutogiroPayments autogiro;

	@Autowired
	ApplicationEvents events;

	@Test
	void theOpenInvoicesOfPayersWithAnActiveMandateAreOrderedOnceForTheirDueDate() {
		Party.Person withMandate = TestPayers.randomPerson("Karin Ek");
		Party.Person without = TestPayers.randomPerson("Sara Holm");
		Party.Person cancelled = TestPayers.randomPerson("Nils Berg");
		mandates.activate(withMandate, TODAY);
		mandates.activate(cancelled, TODAY);
		mandates.cancel(cancelled, TODAY);
		InvoiceView ordered = invoiceOf(withMandate, "625");
		InvoiceView notOrdered = invoiceOf(without, "300");
		InvoiceView notAnyMore = invoiceOf(cancelled, "150");

		AutogiroPayments.OrderFile written = autogiro.orderPayments(TODAY).orElseThrow();
		PaymentOrderFile file = written.file();

		assertThat(file.customerNumber()).isEqualTo("004711");
		assertThat(file.bankgiro()).isEqualTo("9912346");
		assertThat(file.withdrawals()).contains(new PaymentOrderFile.Withdrawal(ordered.dueDate(),
				Mandates.payerNumber(withMandate.number()), 62500, ordered.ocr().value()));
		assertThat(file.withdrawals()).extracting(PaymentOrderFile.Withdrawal::reference)
				.doesNotContain(notOrdered.ocr().value(), notAnyMore.ocr().value());
		assertThat(file.lines()).anySatisfy(line -> assertThat(line).startsWith("82" + ordered.dueDate().toString().replace("-", ""))
				.contains("000000" + Mandates.payerNumber(withMandate.number()) + "000000062500"));

		// The file can be written again as it was; the next run orders what is new, never the same invoice again.
		assertThat(autogiro.orderFile(written.id())).contains(file);
		assertThat(autogiro.orderPayments(TODAY).stream().flatMap(again -> again.file().withdrawals().stream()))
				.extracting(PaymentOrderFile.Withdrawal::reference).doesNotContain(ordered.ocr().value());
	}

	@Test
	void aWithdrawalCarriedOutPaysItsInvoiceAndAFailedOneIsListedForStaffOnce() {
		Party.Person paying = TestPayers.randomPerson("Karin Ek");
		Party.Person short_ = TestPayers.randomPerson("Sara Holm");
		mandates.activate(paying, TODAY);
		mandates.activate(short_, TODAY);
		InvoiceView paid = invoiceOf(paying, "625");
		InvoiceView failed = invoiceOf(short_, "300");
		autogiro.orderPayments(TODAY);
		byte[] file = SpecificationFixture.file(String.format("%020d", System.nanoTime()), Mandates.payerNumber(paying.number()),
				paid.ocr().value(), Mandates.payerNumber(short_.number()), failed.ocr().value()).getBytes(StandardCharsets.ISO_8859_1);

		AutogiroPayments.Outcome outcome = autogiro.readSpecification(file);

		assertThat(outcome).isEqualTo(new AutogiroPayments.Outcome(new Reconciliation.Outcome(1, 1, 0, 0, 0), 1, 0));
		InvoiceView paidNow = invoices.find(paid.id()).orElseThrow();
		assertThat(paidNow.status()).isEqualTo(InvoiceView.Status.PAID);
		assertThat(paidNow.paid()).isEqualTo(Money.sek("625.00"));
		UUID fee = paid.lines().get(0).feeId();
		assertThat(fees.find(fee).orElseThrow().status()).isEqualTo(FeeStatus.PAID);
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee))).singleElement()
				.satisfies(event -> assertThat(event.providerReference()).isEqualTo("Autogiro 2026-12-02 00001"));

		InvoiceView failedNow = invoices.find(failed.id()).orElseThrow();
		assertThat(failedNow.status()).isEqualTo(InvoiceView.Status.OPEN);
		assertThat(fees.find(failed.lines().get(0).feeId()).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);
		List<AutogiroPayments.FailedWithdrawal> listed = failedFor(failed);
		assertThat(listed).singleElement().satisfies(withdrawal -> {
			assertThat(withdrawal.result()).isEqualTo(PaymentSpecification.Result.INSUFFICIENT_FUNDS);
			assertThat(withdrawal.invoiceNumber()).isEqualTo(failed.number());
			assertThat(withdrawal.payerNumber()).isEqualTo(Mandates.payerNumber(short_.number()));
			assertThat(withdrawal.amount()).isEqualByComparingTo("300.00");
			assertThat(withdrawal.paymentDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		});

		// The same file again changes nothing: it is refused, no invoice is paid twice, no failure listed twice.
		assertThatIllegalStateException().isThrownBy(() -> autogiro.readSpecification(file)).withMessageContaining("was read before");
		assertThat(invoices.find(paid.id()).orElseThrow().paid()).isEqualTo(Money.sek("625.00"));
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee))).hasSize(1);
		assertThat(failedFor(failed)).hasSize(1);
	}

	@Test
	void anotherPayeesSpecificationIsRefusedWhole() {
		byte[] others = SpecificationFixture.file(String.format("%020d", System.nanoTime()), "8112189876", "10000180", "7002024321",
				"10000263").replace("BET. SPEC & STOPP TK004711", "BET. SPEC & STOPP TK009999").getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> autogiro.readSpecification(others)).isInstanceOf(AutogiroException.class)
				.hasMessageContaining("customer number 009999");
	}

	@Test
	void aPayerNumberIsTheIdentityNumberWithoutItsCentury() {
		// 19850412-1230: born 12 April 1985, birth number 123, check digit 0.
		assertThat(Mandates.payerNumber(PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 123, false))).isEqualTo("8504121230");
	}

	@Test
	void aMandateIsCancelledOnceAndCanBeGivenAgain() {
		Party.Person person = TestPayers.randomPerson("Karin Ek");
		mandates.activate(person, TODAY);

		assertThat(mandates.cancel(person, TODAY).status()).isEqualTo(Mandates.Mandate.Status.CANCELLED);
		assertThatIllegalStateException().isThrownBy(() -> mandates.cancel(person, TODAY)).withMessageContaining("no active autogiro mandate");
		assertThat(mandates.activate(person, TODAY.plusDays(3))).satisfies(mandate -> {
			assertThat(mandate.status()).isEqualTo(Mandates.Mandate.Status.ACTIVE);
			assertThat(mandate.activeFrom()).isEqualTo(TODAY.plusDays(3));
			assertThat(mandate.cancelledOn()).isNull();
		});
	}

	private List<AutogiroPayments.FailedWithdrawal> failedFor(InvoiceView invoice) {
		return autogiro.failedWithdrawals().stream().filter(withdrawal -> invoice.id().equals(withdrawal.invoiceId())).toList();
	}

	private InvoiceView invoiceOf(Party.Person payer, String amount) {
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Boendeparkering", "Residents' parking"), Money.sek(amount),
				BigDecimal.ZERO);
		return invoices.find(invoicing.runFor(payer, TODAY.plusDays(1)).get(0)).orElseThrow();
	}
}
