package org.cityhall.billing.bgmax;

import com.github.f4b6a3.uuid.UuidCreator;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.OcrReference;
import org.cityhall.billing.PaymentSettled;
import org.cityhall.billing.bankgirot.FileDigest;
import org.cityhall.shared.Money;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciliation (avstämning) of a BgMax file: each payment finds its invoice by the OCR reference the payer
 * gave. Paid in full, the invoice is paid and each of its fees settled ({@link PaymentSettled}); paid in
 * part, it stays open with what is left; paid more than asked, or paid again, or paid after it was
 * credited, the excess is listed for staff to refund; a reference that is no OCR reference or no
 * invoice's, or a deduction, is listed unmatched for staff to place by hand. A file is read once: the same
 * file again (by its SHA-256) is refused, so no payment counts twice.
 */
@Service
public class Reconciliation {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Invoices invoices;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Reconciliation(JdbcClient jdbc, JdbcTemplate batch, Invoices invoices, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.invoices = invoices;
		this.events = events;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/**
	 * Reads and reconciles a BgMax file.
	 *
	 * @throws BgMaxException if the file is not as the layout says; nothing is recorded
	 * @throws IllegalStateException if the file was read before
	 */
	@Transactional
	public Outcome reconcile(byte[] file) {
		BgMaxFile parsed = BgMaxFile.parse(file);
		List<BgMaxFile.Payment> payments = parsed.payments();
		UUID fileId = readOnce("BGMAX", file, parsed.writtenAt(), payments.size());
		return reconcile(fileId, payments.stream().map(payment -> new BankPayment(payment.bgcSerial(), "BGC " + payment.bgcSerial(),
				payment.paymentDate(), payment.reference(), payment.amountOre(), payment.payerName())).toList());
	}

	/**
	 * Records that a file from Bankgirot was read, once: the same bytes again are refused, so no payment
	 * in it counts twice. Call it in the transaction that reconciles the file's payments.
	 *
	 * @param format {@code BGMAX}, or {@code AUTOGIRO} for an autogiro payment specification
	 * @param writtenAt when Bankgirot wrote the file, as it says
	 * @param payments how many payments it has
	 * @return the file's id, for {@link #reconcile(UUID, List)}
	 * @throws IllegalStateException if the file was read before
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID readOnce(String format, byte[] file, String writtenAt, int payments) {
		UUID fileId = UuidCreator.getTimeOrderedEpoch();
		int inserted = jdbc.sql("""
				INSERT INTO billing_bgmax_file (id, sha256, format, written_at, payments, received_at)
				VALUES (:id, :sha, :format, :written, :n, :at)
				ON CONFLICT (sha256) DO NOTHING
				""")
				.param("id", fileId).param("sha", FileDigest.sha256(file)).param("format", format).param("written", writtenAt)
				.param("n", payments).param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
				.update();
		if (inserted == 0) {
			throw new IllegalStateException("this " + format + " file (written " + writtenAt + ") was read before");
		}
		return fileId;
	}

	/**
	 * Reconciles the payments of a file recorded by {@link #readOnce}: each finds its invoice by its OCR
	 * reference, as the class says.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Outcome reconcile(UUID fileId, List<BankPayment> payments) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<String, Open> open = openInvoices(payments);
		List<Object[]> rows = new ArrayList<>(payments.size());
		int[] counts = new int[Kind.values().length];
		Set<UUID> paidInFull = new HashSet<>();
		for (BankPayment payment : payments) {
			BigDecimal amount = BigDecimal.valueOf(payment.amountOre(), 2);
			Optional<OcrReference> ocr = payment.amountOre() > 0 ? OcrReference.parse(payment.reference()) : Optional.empty();
			Open invoice = ocr.map(reference -> open.get(reference.value())).orElse(null);
			Kind kind;
			BigDecimal excess = BigDecimal.ZERO;
			UUID id = UuidCreator.getTimeOrderedEpoch();
			if (invoice == null) {
				kind = Kind.UNMATCHED;
			}
			else if (invoice.status != InvoiceView.Status.OPEN) {
				kind = Kind.OVERPAID;
				excess = amount;
			}
			else {
				invoice.paid = invoice.paid.add(amount);
				int compared = invoice.paid.compareTo(invoice.total);
				kind = compared < 0 ? Kind.PARTIAL : compared == 0 ? Kind.PAID : Kind.OVERPAID;
				if (compared >= 0) {
					excess = invoice.paid.subtract(invoice.total);
					invoice.status = InvoiceView.Status.PAID;
					invoice.settledBy = id;
					invoice.settledReference = payment.providerReference();
				}
				invoice.changed = true;
			}
			counts[kind.ordinal()]++;
			if (kind == Kind.PAID) {
				paidInFull.add(id);
			}
			rows.add(new Object[] {id, fileId, payment.serial(), Date.valueOf(payment.paymentDate()), payment.reference(), amount,
					payment.payerName(), invoice == null ? null : invoice.id, kind.name(), excess});
		}
		batch.batchUpdate("""
				INSERT INTO billing_bank_payment (id, file_id, bgc_serial, payment_date, reference, amount, payer_name, invoice_id,
				                                  outcome, excess)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		List<Open> changed = open.values().stream().filter(invoice -> invoice.changed).toList();
		batch.batchUpdate("UPDATE billing_invoice SET paid = ?, status = ? WHERE id = ?",
				changed.stream().map(invoice -> new Object[] {invoice.paid, invoice.status.name(), invoice.id}).toList());
		// A payment that paid fees already paid by card is counted with those to refund, as the staff's list shows it.
		for (UUID twice : settle(changed.stream().filter(invoice -> invoice.settledBy != null).toList(), now)) {
			if (paidInFull.contains(twice)) {
				counts[Kind.PAID.ordinal()]--;
				counts[Kind.OVERPAID.ordinal()]++;
			}
		}
		return new Outcome(payments.size(), counts[Kind.PAID.ordinal()], counts[Kind.PARTIAL.ordinal()],
				counts[Kind.OVERPAID.ordinal()], counts[Kind.UNMATCHED.ordinal()]);
	}

	/**
	 * Marks the fees of the invoices paid in full as paid, each with its event. Returns the payments that
	 * paid a fee already paid (by card after it was invoiced), now marked overpaid with it as the excess.
	 */
	private Set<UUID> settle(List<Open> paid, Instant now) {
		if (paid.isEmpty()) {
			return Set.of();
		}
		List<Object[]> fees = new ArrayList<>();
		List<PaymentSettled> settled = new ArrayList<>();
		List<UUID> settledBy = new ArrayList<>();
		Map<UUID, InvoiceView> found = new HashMap<>();
		invoices.findAll(paid.stream().map(open -> open.id).toList()).forEach(invoice -> found.put(invoice.id(), invoice));
		// A fee on a credit note is no longer owed: it is not settled.
		Set<UUID> credited = new HashSet<>(jdbc.sql("SELECT fee_id FROM billing_invoice_line WHERE credit AND fee_id = ANY(:fees)")
				.param("fees", found.values().stream().flatMap(invoice -> invoice.lines().stream()).map(InvoiceView.Line::feeId).toArray(UUID[]::new))
				.query(UUID.class).list());
		for (Open open : paid) {
			InvoiceView invoice = found.get(open.id);
			for (InvoiceView.Line line : invoice.lines()) {
				if (credited.contains(line.feeId())) {
					continue;
				}
				fees.add(new Object[] {Timestamp.from(now), open.settledBy, line.feeId()});
				settledBy.add(open.settledBy);
				settled.add(new PaymentSettled(open.settledBy, line.feeId(), line.matter(),
						new Money(line.gross(), invoice.total().currency()), open.settledReference, now, invoice.payer()));
			}
		}
		int[][] updated = batch.batchUpdate("UPDATE billing_fee SET status = 'PAID', paid_at = ?, payment_id = ? WHERE id = ? AND status = 'UNPAID'",
				fees, 1000, (statement, row) -> {
					statement.setTimestamp(1, (Timestamp) row[0]);
					statement.setObject(2, row[1]);
					statement.setObject(3, row[2]);
				});
		int k = 0;
		Map<UUID, BigDecimal> paidTwice = new HashMap<>();
		for (int[] chunk : updated) {
			for (int count : chunk) {
				if (count == 1) {
					events.publishEvent(settled.get(k));
				}
				else {
					// The fee was paid by card after it was invoiced: the bank payment paid it again, to refund.
					paidTwice.merge(settledBy.get(k), settled.get(k).amount().amount(), BigDecimal::add);
				}
				k++;
			}
		}
		batch.batchUpdate("UPDATE billing_bank_payment SET outcome = 'OVERPAID', excess = excess + ?, paid_twice = true WHERE id = ?",
				paidTwice.entrySet().stream().map(twice -> new Object[] {twice.getValue(), twice.getKey()}).toList());
		return paidTwice.keySet();
	}

	private Map<String, Open> openInvoices(List<BankPayment> payments) {
		List<String> references = payments.stream().map(payment -> OcrReference.parse(payment.reference()))
				.flatMap(Optional::stream).map(OcrReference::value).distinct().toList();
		Map<String, Open> found = new HashMap<>();
		if (references.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT id, ocr, total - credited AS total, paid, status FROM billing_invoice WHERE kind = 'INVOICE' AND ocr = ANY(:ocrs) FOR UPDATE")
				.param("ocrs", references.toArray(String[]::new))
				.query(row -> {
					found.put(row.getString("ocr"), new Open(row.getObject("id", UUID.class), row.getBigDecimal("total"),
							row.getBigDecimal("paid"), InvoiceView.Status.valueOf(row.getString("status"))));
				});
		return found;
	}

	/**
	 * A payment as Bankgirot reported it, in whichever of its files.
	 *
	 * @param serial Bankgirot's number for it, kept with the payment
	 * @param providerReference what {@link PaymentSettled} carries as the provider's reference
	 * @param paymentDate the day it was paid
	 * @param reference the reference the payer (or the payee's order) gave, trimmed
	 * @param amountOre the amount in öre, negative for a deduction
	 * @param payerName the payer's name, if given
	 */
	public record BankPayment(String serial, String providerReference, java.time.LocalDate paymentDate, String reference,
			long amountOre, String payerName) {
	}

	/** What became of a payment. */
	public enum Kind {
		/** It paid its invoice in full. */
		PAID,
		/** It paid part of its invoice, which stays open. */
		PARTIAL,
		/** It paid more than was left, or an invoice paid or credited: the excess is to be refunded. */
		OVERPAID,
		/** No invoice has its reference: staff place it. */
		UNMATCHED
	}

	/**
	 * How a file's payments were reconciled.
	 *
	 * @param payments the payment records read
	 * @param paid those that paid an invoice in full
	 * @param partial those that paid part of one
	 * @param overpaid those with an excess to refund, a fee paid by card before it among them
	 * @param unmatched those no invoice was found for
	 */
	public record Outcome(int payments, int paid, int partial, int overpaid, int unmatched) {
	}

	private static final class Open {

		final UUID id;
		final BigDecimal total;
		BigDecimal paid;
		InvoiceView.Status status;
		boolean changed;
		UUID settledBy;
		String settledReference;

		Open(UUID id, BigDecimal total, BigDecimal paid, InvoiceView.Status status) {
			this.id = id;
			this.total = total;
			this.paid = paid;
			this.status = status;
		}
	}
}
