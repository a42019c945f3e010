package org.cityhall.billing.bench;

import com.github.f4b6a3.uuid.UuidCreator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.OcrReference;
import org.cityhall.billing.bgmax.BgMaxFile;
import org.cityhall.billing.jdbc.InvoiceRows;
import org.cityhall.billing.bgmax.Reconciliation;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invoicing benchmark's endpoints (bench/scenarios/invoicing.properties), only with {@code
 * cityhall.bench.baseline-endpoint=true}. {@code /bench/billing/setup} writes, once, 60,000 residents'
 * parking fees not yet invoiced (one per holder) and 100,000 open invoices with their fees (numbered from
 * 800,000,000 so they never meet the city's own), and makes the BgMax file that pays them: most in full, some in part, some too much, some with no invoice's reference.
 * <ul>
 * <li>{@code /bench/billing/invoicing}: the invoicing run over the 60,000 fees – reading them, the VAT, the
 * numbers and OCR references, every invoice and line written and each {@code InvoiceIssued} published –
 * in a transaction rolled back at the end, so every run starts from the same fees;</li>
 * <li>{@code /bench/billing/insert}: its baseline, the same 60,000 invoice rows and lines written with the
 * same batched INSERTs, nothing computed, also rolled back;</li>
 * <li>{@code /bench/billing/reconcile}: reconciling the 100,000-payment file (each request with a time of
 * writing of its own, as a file is read once), rolled back;</li>
 * <li>{@code /bench/billing/parse}: its baseline, the bare parse of the same file.</li>
 * </ul>
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchInvoicingController {

	static final int FEES = 60_000;
	static final int INVOICES = 100_000;
	static final String FEE_MATTER = "BENCH-PARK-";
	static final String INVOICED_MATTER = "BENCH-PAID-";
	private static final AtomicLong FILES = new AtomicLong(System.currentTimeMillis());

	private final InvoicingRun invoicing;
	private final Reconciliation reconciliation;
	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final TransactionTemplate transactions;
	private volatile String file;

	BenchInvoicingController(InvoicingRun invoicing, Reconciliation reconciliation, JdbcClient jdbc, JdbcTemplate batch,
			TransactionTemplate transactions) {
		this.invoicing = invoicing;
		this.reconciliation = reconciliation;
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
	}

	@PostMapping(path = "/bench/billing/setup", produces = "text/plain")
	String setup() {
		long fees = jdbc.sql("SELECT count(*) FROM billing_fee WHERE matter LIKE 'BENCH-PARK-%'").query(Long.class).single();
		if (fees == 0) {
			insertFees(FEE_MATTER, FEES, 0);
		}
		long invoices = jdbc.sql("SELECT count(*) FROM billing_fee WHERE matter LIKE 'BENCH-PAID-%'").query(Long.class).single();
		if (invoices == 0) {
			transactions.executeWithoutResult(status -> insertInvoices(insertFees(INVOICED_MATTER, INVOICES, FEES)));
		}
		file = bgmax();
		return FEES + " fees to invoice; " + INVOICES + " invoices; a BgMax file of " + INVOICES + " payments";
	}

	@PostMapping(path = "/bench/billing/invoicing", produces = "text/plain")
	String invoicing() {
		return rolledBack(() -> {
			int issued = invoicing.run(LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1)).size();
			if (issued < FEES) {
				throw new IllegalStateException("issued " + issued + " invoices of " + FEES);
			}
			return "issued=" + issued;
		});
	}

	@PostMapping(path = "/bench/billing/insert", produces = "text/plain")
	String insert() {
		return rolledBack(() -> {
			List<UUID> fees = jdbc.sql("SELECT id FROM billing_fee WHERE matter LIKE 'BENCH-PARK-%'").query(UUID.class).list();
			List<Object[]> invoices = new ArrayList<>(fees.size());
			List<Object[]> lines = new ArrayList<>(fees.size());
			Date today = Date.valueOf(LocalDate.now());
			Timestamp now = Timestamp.from(Instant.now());
			long number = 900_000_000L;
			for (UUID fee : fees) {
				UUID id = UUID.randomUUID();
				number++;
				invoices.add(new Object[] {id, number, Long.toString(number), "PERSON", "0", null, "MY_PAGES", today, today,
						new BigDecimal("725.00"), BigDecimal.ZERO, "SEK", now});
				lines.add(new Object[] {id, 1, fee, "m", "sv", "en", BigDecimal.ZERO, new BigDecimal("725.00"), BigDecimal.ZERO,
						new BigDecimal("725.00")});
			}
			InvoiceRows.insertInvoices(batch, invoices);
			InvoiceRows.insertLines(batch, lines);
			return "inserted=" + invoices.size();
		});
	}

	@PostMapping(path = "/bench/billing/reconcile", produces = "text/plain")
	String reconcile() {
		byte[] bytes = fresh();
		return rolledBack(() -> {
			Reconciliation.Outcome outcome = reconciliation.reconcile(bytes);
			if (outcome.payments() != INVOICES || outcome.unmatched() == outcome.payments()) {
				throw new IllegalStateException("reconciled " + outcome);
			}
			return "payments=" + outcome.payments() + " paid=" + outcome.paid();
		});
	}

	@PostMapping(path = "/bench/billing/parse", produces = "text/plain")
	String parse() {
		return "payments=" + BgMaxFile.parse(fresh()).payments().size();
	}

	private byte[] fresh() {
		String current = file;
		if (current == null) {
			throw new IllegalStateException("POST /bench/billing/setup first");
		}
		return current.replaceFirst("^01BGMAX               01[0-9]{20}", "01BGMAX               01" + String.format("%020d",
				FILES.incrementAndGet())).getBytes(StandardCharsets.ISO_8859_1);
	}

	private String rolledBack(java.util.function.Supplier<String> work) {
		return transactions.execute(status -> {
			try {
				return work.get();
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	/** One open invoice per fee, written directly: no events, so nothing is left for listeners to do during the runs. */
	private void insertInvoices(List<UUID> fees) {
		long first = jdbc.sql("SELECT nextval('billing_invoice_number_seq') FROM generate_series(1, :n)").param("n", fees.size())
				.query(Long.class).list().get(0);
		List<Object[]> invoices = new ArrayList<>(fees.size());
		List<Object[]> lines = new ArrayList<>(fees.size());
		Date today = Date.valueOf(LocalDate.now());
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < fees.size(); i++) {
			UUID id = UuidCreator.getTimeOrderedEpoch();
			long number = 800_000_000L + first + i;
			PersonalIdentityNumber payer = payer(FEES + i);
			invoices.add(new Object[] {id, number, OcrReference.of(Long.toString(number), true).value(), "PERSON", payer.value(),
					"Boende " + (FEES + i), "MY_PAGES", today, Date.valueOf(LocalDate.now().plusDays(30)), new BigDecimal("725.00"),
					BigDecimal.ZERO, "SEK", now});
			lines.add(new Object[] {id, 1, fees.get(i), INVOICED_MATTER + i, "Boendeparkering, kvartal", "Residents' parking, quarter",
					BigDecimal.ZERO, new BigDecimal("725.00"), BigDecimal.ZERO, new BigDecimal("725.00")});
		}
		InvoiceRows.insertInvoices(batch, invoices);
		InvoiceRows.insertLines(batch, lines);
	}

	private static PersonalIdentityNumber payer(int i) {
		return PersonalIdentityNumber.of(LocalDate.of(1940, 1, 1).plusDays(i / 900), i % 900, false);
	}

	private List<UUID> insertFees(String matter, int count, int offset) {
		List<Object[]> rows = new ArrayList<>(count);
		Timestamp yesterday = Timestamp.from(Instant.now().minusSeconds(86_400));
		List<UUID> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			PersonalIdentityNumber payer = payer(offset + i);
			ids.add(UuidCreator.getTimeOrderedEpoch());
			rows.add(new Object[] {ids.get(i), payer.value(), "Boende " + (offset + i), matter + i,
					"Boendeparkering, kvartal", "Residents' parking, quarter", new BigDecimal("725.00"), BigDecimal.ZERO, yesterday});
		}
		batch.batchUpdate("""
				INSERT INTO billing_fee (id, payer_kind, payer_id, payer_name, matter, what_sv, what_en, amount, currency, vat_rate,
				                         status, incurred_at)
				VALUES (?, 'PERSON', ?, ?, ?, ?, ?, ?, 'SEK', ?, 'UNPAID', ?)
				""", rows);
		return ids;
	}

	/** The BgMax file paying the 100,000 invoices: 90 % in full, 5 % in part, 3 % too much, 2 % unmatched. */
	private String bgmax() {
		List<String[]> invoices = jdbc.sql("""
				SELECT i.ocr, i.total FROM billing_invoice i JOIN billing_invoice_line l ON l.invoice_id = i.id
				JOIN billing_fee f ON f.id = l.fee_id WHERE f.matter LIKE 'BENCH-PAID-%' ORDER BY i.number
				""").query((row, n) -> new String[] {row.getString("ocr"), row.getBigDecimal("total").movePointRight(2).toBigInteger().toString()})
				.list();
		StringBuilder out = new StringBuilder(invoices.size() * 82 + 400);
		line(out, "01BGMAX               01" + "0".repeat(20) + "P");
		line(out, "050009912346          SEK");
		long sum = 0;
		for (int i = 0; i < invoices.size(); i++) {
			long amount = Long.parseLong(invoices.get(i)[1]);
			String reference = invoices.get(i)[0];
			switch (i % 100) {
				case 0, 1 -> reference = "9" + reference;
				case 2, 3, 4, 5, 6 -> amount = amount / 2;
				case 7, 8, 9 -> amount = amount + 10_000;
				default -> {
				}
			}
			sum += amount;
			line(out, "20" + "0".repeat(10) + String.format("%-25s", reference) + String.format("%018d", amount) + "21"
					+ String.format("%012d", i + 1) + "0");
		}
		line(out, "15" + String.format("%-35s", "99001234567") + LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
				+ "00001" + String.format("%018d", sum) + "SEK" + String.format("%08d", invoices.size()));
		line(out, "70" + String.format("%08d", invoices.size()) + "00000000" + "00000000" + "00000001");
		return out.toString();
	}

	private static void line(StringBuilder out, String record) {
		out.append(String.format("%-80s", record)).append("\r\n");
	}
}
