package org.cityhall.billing;

import com.github.f4b6a3.uuid.UuidCreator;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.cityhall.billing.invoice.VatAllocation;
import org.cityhall.billing.jdbc.InvoiceRows;
import org.cityhall.billing.jdbc.PayerColumns;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoicing run (fakturering): every fee still unpaid and on no invoice, incurred before the run's day,
 * is put on an invoice, one invoice per payer, with its number, its OCR reference (with length digit and
 * check digit), its lines and VAT, and its due date. Organisations get theirs through Peppol, residents
 * with an e-faktura agreement in their internet bank as well as on My pages, everyone else on My pages. Runs every night; two nodes never run it at once (an advisory lock in the transaction), and
 * a fee is never invoiced twice (a unique index).
 */
@Service
public class InvoicingRun {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	private static final long LOCK = 0x6269_6C6C_696E_6731L;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int paymentTermDays;

	InvoicingRun(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, ObjectProvider<Clock> clock,
			@Value("${cityhall.billing.invoicing.payment-term-days:30}") int paymentTermDays) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.paymentTermDays = paymentTermDays;
	}

	@Scheduled(cron = "${cityhall.billing.invoicing.cron:0 30 2 * * *}", zone = "Europe/Stockholm")
	void nightly() {
		run(LocalDate.now(clock.withZone(SWEDEN)));
	}

	/**
	 * Invoices the fees incurred before the day.
	 *
	 * @param issueDate the invoices' date; fees incurred before its start (in Stockholm) are invoiced
	 * @return the invoices issued
	 */
	@Transactional
	public List<UUID> run(LocalDate issueDate) {
		Objects.requireNonNull(issueDate, "issueDate");
		return invoice(issueDate, null);
	}

	/**
	 * Invoices one payer's fees incurred before the day, outside the nightly run: when staff invoice at
	 * once, for instance.
	 *
	 * @return the invoice issued, if the payer had fees to invoice
	 */
	@Transactional
	public List<UUID> runFor(Party payer, LocalDate issueDate) {
		Objects.requireNonNull(payer, "payer");
		Objects.requireNonNull(issueDate, "issueDate");
		return invoice(issueDate, payer);
	}

	private List<UUID> invoice(LocalDate issueDate, Party only) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleValue();
		Instant before = issueDate.atStartOfDay(SWEDEN).toInstant();
		List<FeeView> fees = jdbc.sql("SELECT " + Fees.COLUMNS + """
				 FROM billing_fee f WHERE status = 'UNPAID' AND incurred_at < :before
				AND (CAST(:kind AS TEXT) IS NULL OR (payer_kind = :kind AND payer_id = :id))
				AND NOT EXISTS (SELECT 1 FROM billing_invoice_line l WHERE l.fee_id = f.id)
				ORDER BY payer_kind, payer_id, incurred_at, id
				""")
				.param("before", java.time.OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
				.param("kind", only == null ? null : PayerColumns.kindOf(only))
				.param("id", only == null ? null : only.id())
				.query(Fees::fee)
				.list();
		List<List<FeeView>> byPayer = new ArrayList<>();
		for (FeeView fee : fees) {
			List<FeeView> last = byPayer.isEmpty() ? null : byPayer.get(byPayer.size() - 1);
			if (last != null && samePayer(last.get(0).payer(), fee.payer())) {
				last.add(fee);
			}
			else {
				byPayer.add(new ArrayList<>(List.of(fee)));
			}
		}
		List<Long> numbers = byPayer.isEmpty() ? List.of()
				: jdbc.sql("SELECT nextval('billing_invoice_number_seq') FROM generate_series(1, :n)")
						.param("n", byPayer.size()).query(Long.class).list();
		Set<String> eInvoiced = eInvoiceAgreements(byPayer);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate dueDate = issueDate.plusDays(paymentTermDays);
		List<Object[]> invoiceRows = new ArrayList<>(byPayer.size());
		List<Object[]> lineRows = new ArrayList<>(fees.size());
		List<InvoiceIssued> issued = new ArrayList<>(byPayer.size());
		for (int i = 0; i < byPayer.size(); i++) {
			List<FeeView> payersFees = byPayer.get(i);
			Party payer = payersFees.get(0).payer();
			UUID id = UuidCreator.getTimeOrderedEpoch();
			long number = numbers.get(i);
			List<InvoiceView.Line> lines = VatAllocation.lines(payersFees);
			BigDecimal total = lines.stream().map(InvoiceView.Line::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal vat = VatAllocation.vatOf(lines);
			String currency = payersFees.get(0).amount().currency().getCurrencyCode();
			InvoiceView.Delivery delivery = payer instanceof Party.Organisation ? InvoiceView.Delivery.PEPPOL
					: payer instanceof Party.Person && eInvoiced.contains(payer.id()) ? InvoiceView.Delivery.E_INVOICE
					: InvoiceView.Delivery.MY_PAGES;
			invoiceRows.add(new Object[] {id, number, OcrReference.of(Long.toString(number), true).value(),
					PayerColumns.kindOf(payer), payer.id(), PayerColumns.nameOf(payer), delivery.name(), Date.valueOf(issueDate),
					Date.valueOf(dueDate), total, vat, currency, Timestamp.from(now)});
			for (int n = 0; n < lines.size(); n++) {
				InvoiceView.Line line = lines.get(n);
				lineRows.add(new Object[] {id, n + 1, line.feeId(), line.matter(), line.what().sv(), line.what().en(),
						line.vatRate(), line.net(), line.vat(), line.gross()});
			}
			issued.add(new InvoiceIssued(id, number, InvoiceView.Kind.INVOICE, payer,
					new Money(total, payersFees.get(0).amount().currency()), dueDate, now));
		}
		InvoiceRows.insertInvoices(batch, invoiceRows);
		InvoiceRows.insertLines(batch, lineRows);
		// Organisations' invoices wait for the Peppol sender in the same transaction.
		batch.batchUpdate("INSERT INTO billing_peppol_delivery (invoice_id, status, at) VALUES (?, 'PENDING', ?)",
				invoiceRows.stream().filter(row -> InvoiceView.Delivery.PEPPOL.name().equals(row[6]))
						.map(row -> new Object[] {row[0], Timestamp.from(now)}).toList());
		// Invoices to payers with an e-faktura agreement wait for the e-faktura sender, likewise.
		batch.batchUpdate("INSERT INTO billing_einvoice_delivery (invoice_id, status, at) VALUES (?, 'PENDING', ?)",
				invoiceRows.stream().filter(row -> InvoiceView.Delivery.E_INVOICE.name().equals(row[6]))
						.map(row -> new Object[] {row[0], Timestamp.from(now)}).toList());
		issued.forEach(events::publishEvent);
		return issued.stream().map(InvoiceIssued::invoiceId).toList();
	}

	/** The people among the payers who have an active e-faktura agreement, by their number. */
	private Set<String> eInvoiceAgreements(List<List<FeeView>> byPayer) {
		String[] people = byPayer.stream().map(fees -> fees.get(0).payer()).filter(Party.Person.class::isInstance).map(Party::id)
				.toArray(String[]::new);
		if (people.length == 0) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT person_id FROM billing_einvoice_agreement WHERE status = 'ACTIVE' AND person_id = ANY(:people)")
				.param("people", people).query(String.class).list());
	}

	private static boolean samePayer(Party one, Party other) {
		return one.getClass().equals(other.getClass()) && one.id().equals(other.id());
	}
}
