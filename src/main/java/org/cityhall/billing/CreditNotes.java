package org.cityhall.billing;

import com.github.f4b6a3.uuid.UuidCreator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.cityhall.billing.invoice.VatAllocation;
import org.cityhall.billing.jdbc.PayerColumns;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes (kreditfakturor): staff cancel an open invoice, in full or some of its lines, with a reason.
 * The credit note has the credited lines and their amounts, a number of its own, and refers to the invoice;
 * what it credits is no longer asked of the payer. Credited in full, the invoice is credited and whatever was
 * already paid towards it is listed for staff to refund, beside the unmatched payments. Some lines can be
 * credited only while nothing is paid towards the invoice; each line is credited once. A credit note to an
 * organisation goes out by Peppol like its invoice.
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
	 * Credits what is left of an open invoice: every line not yet credited.
	 *
	 * @see #credit(UUID, Collection, String, Actor)
	 */
	@Transactional
	public UUID credit(UUID invoiceId, String reason, Actor by) {
		return credit(invoiceId, null, reason, by);
	}

	/**
	 * Credits lines of an open invoice.
	 *
	 * @param invoiceId the invoice
	 * @param lines the lines to credit, by their number on the invoice (from 1); {@code null} for every line
	 *        not yet credited
	 * @param reason why, as the payer will read it; 1 to 500 characters
	 * @param by the member of staff who credits it
	 * @return the credit note's id
	 * @throws IllegalArgumentException if there is no such invoice or line, no line chosen, or no reason
	 * @throws IllegalStateException if it is a credit note, or paid, or credited already; if a line is credited
	 *         already; or if some lines are to be credited while something was paid towards the invoice
	 */
	@Transactional
	public UUID credit(UUID invoiceId, Collection<Integer> lines, String reason, Actor by) {
		Objects.requireNonNull(invoiceId, "invoiceId");
		Objects.requireNonNull(by, "by");
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new IllegalArgumentException("a credit note needs a reason of 1 to 500 characters");
		}
		if (lines != null && lines.isEmpty()) {
			throw new IllegalArgumentException("choose at least one line to credit");
		}
		jdbc.sql("SELECT id FROM billing_invoice WHERE id = :id FOR UPDATE").param("id", invoiceId).query(UUID.class).optional();
		InvoiceView invoice = invoices.find(invoiceId).orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceId));
		if (invoice.kind() != InvoiceView.Kind.INVOICE || invoice.status() != InvoiceView.Status.OPEN) {
			throw new IllegalStateException("invoice " + invoice.number() + " is " + invoice.kind() + " " + invoice.status()
					+ "; only an open invoice can be credited");
		}
		Set<Integer> credited = creditedLines(invoice);
		Set<Integer> chosen = new TreeSet<>();
		if (lines == null) {
			for (int n = 1; n <= invoice.lines().size(); n++) {
				if (!credited.contains(n)) {
					chosen.add(n);
				}
			}
		}
		else {
			for (int n : lines) {
				if (n < 1 || n > invoice.lines().size()) {
					throw new IllegalArgumentException("invoice " + invoice.number() + " has no line " + n);
				}
				if (credited.contains(n)) {
					throw new IllegalStateException("line " + n + " of invoice " + invoice.number() + " is credited already");
				}
				chosen.add(n);
			}
		}
		boolean whole = chosen.size() + credited.size() == invoice.lines().size();
		if (!whole && invoice.paid().amount().signum() != 0) {
			throw new IllegalStateException("invoice " + invoice.number() + " has payments towards it; credit it in full, or place "
					+ "the payments first");
		}
		List<InvoiceView.Line> creditLines = new ArrayList<>();
		chosen.forEach(n -> creditLines.add(invoice.lines().get(n - 1)));
		BigDecimal total = creditLines.stream().map(InvoiceView.Line::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
		// The whole invoice at once: exactly its VAT. Some lines: the VAT of their net sums, as on an invoice.
		BigDecimal vat = credited.isEmpty() && whole ? invoice.vat().amount() : VatAllocation.vatOf(creditLines);

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
				.param("delivery", invoice.delivery() == InvoiceView.Delivery.PEPPOL ? "PEPPOL" : "MY_PAGES")
				.param("today", today)
				.param("total", total)
				.param("vat", vat)
				.param("currency", invoice.total().currency().getCurrencyCode())
				.param("reason", reason.strip())
				.param("by", by.who().kind() + ":" + by.who().id())
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		jdbc.sql("""
				INSERT INTO billing_invoice_line (invoice_id, line_no, fee_id, credit, matter, what_sv, what_en, vat_rate, net, vat, gross)
				SELECT :id, ROW_NUMBER() OVER (ORDER BY line_no), fee_id, true, matter, what_sv, what_en, vat_rate, net, vat, gross
				FROM billing_invoice_line WHERE invoice_id = :credits AND line_no = ANY(:lines)
				""")
				.param("id", id)
				.param("credits", invoiceId)
				.param("lines", chosen.toArray(Integer[]::new))
				.update();
		jdbc.sql("UPDATE billing_invoice SET credited = credited + :total, status = CASE WHEN :whole THEN 'CREDITED' ELSE status END WHERE id = :id")
				.param("total", total).param("whole", whole).param("id", invoiceId).update();
		if (whole) {
			// What was paid towards the invoice is now the payer's money: staff refund it.
			jdbc.sql("UPDATE billing_bank_payment SET outcome = 'OVERPAID', excess = amount WHERE invoice_id = :id AND handled_at IS NULL")
					.param("id", invoiceId).update();
		}
		if (invoice.payer() instanceof Party.Organisation) {
			jdbc.sql("INSERT INTO billing_peppol_delivery (invoice_id, status, at) VALUES (:id, 'PENDING', :at)")
					.param("id", id).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
		}
		events.publishEvent(new InvoiceIssued(id, number, InvoiceView.Kind.CREDIT_NOTE, invoice.payer(),
				new Money(total, invoice.total().currency()), today, now));
		return id;
	}

	/** The invoice's lines already on a credit note, by their number on the invoice. */
	private Set<Integer> creditedLines(InvoiceView invoice) {
		return new TreeSet<>(jdbc.sql("""
				SELECT l.line_no FROM billing_invoice_line l
				WHERE l.invoice_id = :id AND EXISTS (SELECT 1 FROM billing_invoice_line c WHERE c.fee_id = l.fee_id AND c.credit)
				""").param("id", invoice.id()).query(Integer.class).list());
	}
}
