package org.cityhall.billing.autogiro;

import com.github.f4b6a3.uuid.UuidCreator;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.billing.bgmax.Reconciliation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying invoices by autogiro (direct debit). {@link #orderPayments} writes the payment order file for
 * Bankgirot: every open invoice of a resident with an active mandate, withdrawn on its due date, each
 * invoice ordered once. {@link #readSpecification} reads the payment specification Bankgirot sends back: each
 * withdrawal carried out pays its invoice by its reference through the same {@link Reconciliation} as a
 * BgMax payment, and each that failed (insufficient funds, no account or mandate) is listed for staff.
 */
@Service
public class AutogiroPayments {

	private final JdbcClient jdbc;
	private final Reconciliation reconciliation;
	private final AutogiroSettings settings;
	private final Clock clock;

	AutogiroPayments(JdbcClient jdbc, Reconciliation reconciliation, AutogiroSettings settings, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.reconciliation = reconciliation;
		this.settings = settings;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/**
	 * Orders the withdrawals of the open invoices not yet ordered whose payer has a mandate active by
	 * {@code today} and whose due date is after {@code today} (Bankgirot needs the order before the payment
	 * day; an invoice already overdue gets its reminder instead). The amount is what is left to pay.
	 *
	 * @return the file to send to Bankgirot, or nothing when there is nothing to order
	 */
	@Transactional
	public Optional<OrderFile> orderPayments(LocalDate today) {
		UUID file = UuidCreator.getTimeOrderedEpoch();
		// One statement, so an invoice is ordered once even when two runs meet: the order's key is the invoice.
		int ordered = jdbc.sql("""
				INSERT INTO billing_autogiro_order (invoice_id, payer_number, reference, amount, payment_date, order_file, written_on,
				                                    ordered_at)
				SELECT i.id, m.payer_number, i.ocr, i.total - i.credited - i.paid, i.due_date, :file, :today, :at
				FROM billing_invoice i
				JOIN billing_autogiro_mandate m ON m.person_id = i.payer_id AND m.status = 'ACTIVE' AND m.active_from <= :today
				WHERE i.kind = 'INVOICE' AND i.status = 'OPEN' AND i.payer_kind = 'PERSON' AND i.due_date > :today
				  AND i.total - i.credited > i.paid
				ON CONFLICT (invoice_id) DO NOTHING
				""")
				.param("file", file).param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
				.param("today", Date.valueOf(today))
				.update();
		return ordered == 0 ? Optional.empty() : orderFile(file).map(written -> new OrderFile(file, written));
	}

	/** A payment order file written before, again: the same withdrawals, the same day of writing. */
	public Optional<PaymentOrderFile> orderFile(UUID id) {
		List<Object[]> rows = jdbc.sql("""
				SELECT written_on, payer_number, reference, amount, payment_date FROM billing_autogiro_order WHERE order_file = :file
				ORDER BY payment_date, reference
				""")
				.param("file", id)
				.query((row, n) -> new Object[] {row.getDate("written_on").toLocalDate(), new PaymentOrderFile.Withdrawal(
						row.getDate("payment_date").toLocalDate(), row.getString("payer_number"),
						row.getBigDecimal("amount").movePointRight(2).longValueExact(), row.getString("reference"))})
				.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new PaymentOrderFile((LocalDate) rows.get(0)[0], settings.customerNumber(), settings.bankgiro(),
				rows.stream().map(row -> (PaymentOrderFile.Withdrawal) row[1]).toList()));
	}

	/** The payment order files written, the latest first (at most 20). */
	public List<OrderFileSummary> recentOrderFiles() {
		return jdbc.sql("""
				SELECT order_file, MIN(written_on) AS written_on, COUNT(*) AS withdrawals, SUM(amount) AS amount
				FROM billing_autogiro_order GROUP BY order_file ORDER BY order_file DESC LIMIT 20
				""")
				.query((row, n) -> new OrderFileSummary(row.getObject("order_file", UUID.class), row.getDate("written_on").toLocalDate(),
						row.getInt("withdrawals"), row.getBigDecimal("amount")))
				.list();
	}

	/**
	 * Reads a payment specification from Bankgirot, once: withdrawals carried out are reconciled against
	 * their invoices, failed ones listed for staff, those Bankgirot tries again left as they are.
	 *
	 * @throws AutogiroException if the file is not as the layout says, or is another payee's; nothing is recorded
	 * @throws IllegalStateException if the file was read before
	 */
	@Transactional
	public Outcome readSpecification(byte[] bytes) {
		PaymentSpecification file = PaymentSpecification.parse(bytes);
		if (!file.customerNumber().equals(settings.customerNumber()) || !file.bankgiro().equals(zeros(settings.bankgiro(), 10))) {
			throw new AutogiroException(1, "the file is for customer number " + file.customerNumber() + " and bankgiro "
					+ file.bankgiro() + ", not the city's " + settings.customerNumber() + " and " + zeros(settings.bankgiro(), 10));
		}
		List<PaymentSpecification.Withdrawal> withdrawals = file.withdrawals();
		UUID fileId = reconciliation.readOnce("AUTOGIRO", bytes, file.writtenAt(), withdrawals.size());
		List<Reconciliation.BankPayment> carriedOut = new ArrayList<>();
		int failed = 0;
		int retried = 0;
		for (PaymentSpecification.Withdrawal withdrawal : withdrawals) {
			switch (withdrawal.result()) {
				case CARRIED_OUT -> carriedOut.add(new Reconciliation.BankPayment(withdrawal.depositSerial(),
						"Autogiro " + withdrawal.paymentDate() + " " + withdrawal.depositSerial(), withdrawal.paymentDate(),
						ocrOf(withdrawal.reference()), withdrawal.amountOre(), null));
				case INSUFFICIENT_FUNDS, NO_MANDATE -> {
					listFailed(fileId, withdrawal);
					failed++;
				}
				case RETRIED -> retried++;
			}
		}
		return new Outcome(reconciliation.reconcile(fileId, carriedOut), failed, retried);
	}

	/** The failed withdrawals staff have not yet handled, oldest first. */
	public List<FailedWithdrawal> failedWithdrawals() {
		return jdbc.sql("""
				SELECT f.id, f.payer_number, f.reference, f.amount, f.payment_date, f.result_code, i.id AS invoice_id, i.number
				FROM billing_autogiro_failure f LEFT JOIN billing_invoice i ON i.id = f.invoice_id
				WHERE f.handled_at IS NULL
				ORDER BY f.payment_date, f.id
				""")
				.query((row, n) -> new FailedWithdrawal(row.getObject("id", UUID.class), row.getString("payer_number"),
						row.getString("reference"), row.getBigDecimal("amount"), row.getDate("payment_date").toLocalDate(),
						PaymentSpecification.Result.of(row.getString("result_code").charAt(0)), row.getObject("invoice_id", UUID.class),
						row.getObject("number") == null ? null : row.getLong("number")))
				.list();
	}

	private void listFailed(UUID fileId, PaymentSpecification.Withdrawal withdrawal) {
		jdbc.sql("""
				INSERT INTO billing_autogiro_failure (id, file_id, line_no, payer_number, reference, amount, payment_date, result_code,
				                                      invoice_id)
				VALUES (:id, :file, :line, :payer, :reference, :amount, :date, :code,
				        (SELECT invoice_id FROM billing_autogiro_order WHERE reference = :ocr AND payer_number = :payer))
				""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("file", fileId).param("line", withdrawal.line())
				.param("payer", zeros(withdrawal.payerNumber(), 10)).param("reference", withdrawal.reference())
				.param("ocr", ocrOf(withdrawal.reference())).param("amount", BigDecimal.valueOf(withdrawal.amountOre(), 2))
				.param("date", Date.valueOf(withdrawal.paymentDate())).param("code", String.valueOf(withdrawal.result().code()))
				.update();
	}

	/** The OCR number in a reference: Bankgirot may give it back with zeros before, which no OCR number of the city's has. */
	private static String ocrOf(String reference) {
		return reference.replaceFirst("^0+", "");
	}

	private static String zeros(String digits, int width) {
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

	/**
	 * A payment order file just written.
	 *
	 * @param id its id, to write it again ({@link #orderFile})
	 * @param file the file
	 */
	public record OrderFile(UUID id, PaymentOrderFile file) {
	}

	/**
	 * A payment order file as listed for staff.
	 *
	 * @param id its id
	 * @param writtenOn the day it was written
	 * @param withdrawals how many withdrawals it orders
	 * @param amount what they add up to
	 */
	public record OrderFileSummary(UUID id, LocalDate writtenOn, int withdrawals, BigDecimal amount) {
	}

	/**
	 * How a payment specification was read.
	 *
	 * @param reconciled what became of the withdrawals carried out, as payments
	 * @param failed the withdrawals not carried out, listed for staff
	 * @param retried the withdrawals Bankgirot tries again
	 */
	public record Outcome(Reconciliation.Outcome reconciled, int failed, int retried) {
	}

	/**
	 * A withdrawal Bankgirot could not carry out: the invoice stays open and staff contact the payer.
	 *
	 * @param id its id
	 * @param payerNumber the payer number
	 * @param reference the reference as Bankgirot gave it
	 * @param amount the amount
	 * @param paymentDate the day it was to be withdrawn
	 * @param result why it failed
	 * @param invoiceId the invoice it was ordered for, or {@code null} if the city ordered no such withdrawal
	 * @param invoiceNumber that invoice's number, or {@code null}
	 */
	public record FailedWithdrawal(UUID id, String payerNumber, String reference, BigDecimal amount, LocalDate paymentDate,
			PaymentSpecification.Result result, UUID invoiceId, Long invoiceNumber) {
	}
}
