package org.cityhall.billing.bgmax;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.audit.AuditLog;
import org.cityhall.shared.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank payments listed for staff: unmatched ones to place by hand, excesses to refund (paid too much,
 * paid after the invoice was paid or credited, or paid by bank after the fees were paid by card). Staff mark
 * one handled with a note of what they did; it then leaves the list. The payer's name, as the bank gave
 * it, is personal data: every list or payment shown to staff records its reads in the audit log.
 */
@Service
public class ListedPayments {

	static final String PURPOSE = "payment-reconciliation";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	ListedPayments(JdbcClient jdbc, AuditLog audit, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** The payments staff have yet to handle, oldest first (at most 500), the reads of their payers' names audited. */
	@Transactional
	public List<Listed> toHandle(Actor reader) {
		List<Listed> listed = jdbc.sql(SELECT + """
				WHERE p.handled_at IS NULL AND (p.outcome = 'UNMATCHED' OR (p.outcome = 'OVERPAID' AND p.excess > 0))
				ORDER BY p.payment_date, p.bgc_serial, p.id LIMIT 500
				""").query(ListedPayments::listed).list();
		audited(reader, listed);
		return listed;
	}

	/** One listed payment, handled or not, the read of its payer's name audited. */
	@Transactional
	public Optional<Listed> find(UUID id, Actor reader) {
		Optional<Listed> found = jdbc.sql(SELECT + " WHERE p.id = :id AND (p.outcome = 'UNMATCHED' OR p.outcome = 'OVERPAID')")
				.param("id", id).query(ListedPayments::listed).optional();
		found.ifPresent(payment -> audited(reader, List.of(payment)));
		return found;
	}

	/**
	 * Marks a listed payment handled, with what was done.
	 *
	 * @param note what was done (refunded, placed on an invoice by hand); 1 to 500 characters
	 * @throws IllegalArgumentException if there is no note, or no such listed payment
	 * @throws IllegalStateException if it was handled already
	 */
	@Transactional
	public void markHandled(UUID id, String note, Actor by) {
		Objects.requireNonNull(by, "by");
		if (note == null || note.isBlank() || note.strip().length() > 500) {
			throw new IllegalArgumentException("marking a payment handled needs a note of 1 to 500 characters");
		}
		int updated = jdbc.sql("""
				UPDATE billing_bank_payment SET handled_at = :at, handled_by = :by, handled_note = :note
				WHERE id = :id AND handled_at IS NULL AND outcome IN ('UNMATCHED', 'OVERPAID')
				""")
				.param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
				.param("by", by.who().kind() + ":" + by.who().id()).param("note", note.strip()).param("id", id)
				.update();
		if (updated == 0) {
			boolean exists = jdbc.sql("SELECT count(*) FROM billing_bank_payment WHERE id = :id AND outcome IN ('UNMATCHED', 'OVERPAID')")
					.param("id", id).query(Integer.class).single() > 0;
			if (!exists) {
				throw new IllegalArgumentException("no listed payment " + id);
			}
			throw new IllegalStateException("the payment was marked handled already");
		}
	}

	private void audited(Actor reader, List<Listed> payments) {
		audit.recordReads(payments.stream().filter(payment -> payment.payerName() != null && !payment.payerName().isBlank())
				.map(payment -> new AuditLog.Read(reader.who().id(), reader.who().displayName(), "finance-officer",
						payment.payerId() != null ? payment.payerId() : "bank-payment:" + payment.id(), "bank-payment:" + payment.id(),
						PURPOSE, "web"))
				.toList());
	}

	private static final String SELECT = """
			SELECT p.id, p.payment_date, p.reference, p.amount, p.excess, p.payer_name, p.outcome, p.paid_twice, p.handled_at,
			       p.handled_note, i.number AS invoice_number, i.payer_id
			FROM billing_bank_payment p LEFT JOIN billing_invoice i ON i.id = p.invoice_id
			""";

	private static Listed listed(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new Listed(row.getObject("id", UUID.class), row.getObject("payment_date", LocalDate.class), row.getString("reference"),
				row.getBigDecimal("amount"), row.getBigDecimal("excess"), row.getString("payer_name"),
				row.getBoolean("paid_twice") ? "paid-twice" : row.getString("outcome").toLowerCase(java.util.Locale.ROOT),
				row.getObject("invoice_number") == null ? null : row.getLong("invoice_number"), row.getString("payer_id"),
				row.getTimestamp("handled_at") != null, row.getString("handled_note"));
	}

	/**
	 * A payment listed for staff.
	 *
	 * @param id its id
	 * @param paymentDate the day it was paid
	 * @param reference the reference the payer gave
	 * @param amount what was paid
	 * @param excess what is to be refunded
	 * @param payerName the payer's name as the bank gave it, or {@code null}
	 * @param what {@code unmatched} (place it), {@code overpaid} (refund the excess) or {@code paid-twice} (the
	 *        fees were paid by card too: refund)
	 * @param invoiceNumber the invoice it paid, or {@code null}
	 * @param payerId the invoice's payer, or {@code null}
	 * @param handled whether staff marked it handled
	 * @param note what staff did, once handled
	 */
	public record Listed(UUID id, LocalDate paymentDate, String reference, BigDecimal amount, BigDecimal excess, String payerName,
			String what, Long invoiceNumber, String payerId, boolean handled, String note) {
	}
}
