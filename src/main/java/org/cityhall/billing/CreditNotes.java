package org.cityhall.billing;

import com.github.f4b6a3.uuid.UuidCreator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.billing.jdbc.PayerColumns;
import org.cityhall.shared.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes (kreditfakturor): staff cancel an open invoice in full, with a reason. The credit note has
 * the invoice's lines and amounts, a number of its own, and refers to the invoice; the invoice is then
 * credited and nothing more is asked of the payer. Whatever was already paid towards it is listed for
 * staff to refund, beside the unmatched payments.
 */
@Service
public class CreditNotes {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;
	private final Invoices invoices;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CreditNotes(JdbcClient jdbc, Invoices invoices, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.invoices = invoices;
		this.events = events;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/**
	 * Credits an open invoice in full.
	 *
	 * @param invoiceId the invoice
	 * @param reason why, as the payer will read it; 1 to 500 characters
	 * @param by the member of staff who credits it
	 * @return the credit note's id
	 * @throws IllegalArgumentException if there is no such invoice or no reason
	 * @throws IllegalStateException if it is a credit note, or paid, or credited already
	 */
	@Transactional
	public UUID credit(UUID invoiceId, String reason, Actor by) {
		Objects.requireNonNull(invoiceId, "invoiceId");
		Objects.requireNonNull(by, "by");
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new IllegalArgumentException("a credit note needs a reason of 1 to 500 characters");
		}
		InvoiceView invoice = invoices.find(invoiceId).orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceId));
		int locked = jdbc.sql("UPDATE billing_invoice SET status = 'CREDITED' WHERE id = :id AND kind = 'INVOICE' AND status = 'OPEN'")
				.param("id", invoiceId).update();
		if (locked != 1) {
			throw new IllegalStateException("invoice " + invoice.number() + " is " + invoice.kind() + " " + invoice.status()
					+ "; only an open invoice can be credited");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
		UUID id = UuidCreator.getTimeOrderedEpoch();
		long number = jdbc.sql("SELECT nextval('billing_invoice_number_seq')").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO billing_invoice (id, number, kind, credits, payer_kind, payer_id, payer_name, delivery, issue_date,
				                             due_date, total, vat, currency, status, reason, issued_at, issued_by)
				VALUES (:id, :number, 'CREDIT_NOTE', :credits, :payerKind, :payerId, :payerName, :delivery, :today, :today,
				        :total, :vat, :currency, 'CREDITED', :reason, :at, :by)
				""")
				.param("id", id)
				.param("number", number)
				.param("credits", invoiceId)
				.param("payerKind", PayerColumns.kindOf(invoice.payer()))
				.param("payerId", invoice.payer().id())
				.param("payerName", PayerColumns.nameOf(invoice.payer()))
				.param("delivery", invoice.delivery().name())
				.param("today", today)
				.param("total", invoice.total().amount())
				.param("vat", invoice.vat().amount())
				.param("currency", invoice.total().currency().getCurrencyCode())
				.param("reason", reason.strip())
				.param("by", by.who().kind() + ":" + by.who().id())
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		jdbc.sql("""
				INSERT INTO billing_invoice_line (invoice_id, line_no, fee_id, credit, matter, what_sv, what_en, vat_rate, net, vat, gross)
				SELECT :id, line_no, fee_id, true, matter, what_sv, what_en, vat_rate, net, vat, gross
				FROM billing_invoice_line WHERE invoice_id = :credits
				""")
				.param("id", id)
				.param("credits", invoiceId)
				.update();
		// What was paid towards the invoice is now the payer's money: staff refund it.
		jdbc.sql("UPDATE billing_bank_payment SET outcome = 'OVERPAID', excess = amount WHERE invoice_id = :id AND handled_at IS NULL")
				.param("id", invoiceId).update();
		events.publishEvent(new InvoiceIssued(id, number, InvoiceView.Kind.CREDIT_NOTE, invoice.payer(), invoice.total(), today, now));
		return id;
	}
}
