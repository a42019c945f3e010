package org.cityhall.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.billing.jdbc.PayerColumns;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.web.MyPagesReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The invoices and credit notes the city has issued, as they stand. Fees become invoices in the invoicing
 * run ({@code org.cityhall.billing.invoice.InvoicingRun}); payments from Bankgirot's BgMax files pay them.
 */
@Service
public class Invoices {

	static final String COLUMNS = """
			id, number, kind, credits, ocr, payer_kind, payer_id, payer_name, delivery, issue_date, due_date, total, vat, \
			currency, paid, credited, status, reminded_on, reminder_due_date, reason""";

	private final JdbcClient jdbc;

	Invoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The invoice or credit note with this id. */
	public Optional<InvoiceView> find(UUID id) {
		Objects.requireNonNull(id, "id");
		return withLines(jdbc.sql("SELECT " + COLUMNS + " FROM billing_invoice WHERE id = :id").param("id", id)
				.query(Invoices::invoice).list()).stream().findFirst();
	}

	/** The invoices and credit notes with these ids, in no particular order. */
	public List<InvoiceView> findAll(java.util.Collection<UUID> ids) {
		Objects.requireNonNull(ids, "ids");
		if (ids.isEmpty()) {
			return List.of();
		}
		return withLines(jdbc.sql("SELECT " + COLUMNS + " FROM billing_invoice WHERE id = ANY(:ids)")
				.param("ids", ids.toArray(UUID[]::new)).query(Invoices::invoice).list());
	}

	/** The invoice or credit note with this number. */
	public Optional<InvoiceView> byNumber(long number) {
		return withLines(jdbc.sql("SELECT " + COLUMNS + " FROM billing_invoice WHERE number = :number").param("number", number)
				.query(Invoices::invoice).list()).stream().findFirst();
	}

	/** The invoice with this OCR reference. */
	public Optional<InvoiceView> byOcr(OcrReference ocr) {
		Objects.requireNonNull(ocr, "ocr");
		return withLines(jdbc.sql("SELECT " + COLUMNS + " FROM billing_invoice WHERE ocr = :ocr").param("ocr", ocr.value())
				.query(Invoices::invoice).list()).stream().findFirst();
	}

	/** The payer's invoices and credit notes, the newest first. */
	public List<InvoiceView> forPayer(Party payer) {
		Objects.requireNonNull(payer, "payer");
		return withLines(jdbc.sql(OF_PAYER).params(PayerColumns.kindOf(payer), payer.id()).query(Invoices::invoice).list());
	}

	/** {@link #forPayer(Party)}, queued with the other sections' queries of My pages; the lines, if any, come after. */
	public Supplier<List<InvoiceView>> forPayer(Party payer, MyPagesReads reads) {
		Objects.requireNonNull(payer, "payer");
		Supplier<List<InvoiceView>> heads = reads.query(OF_PAYER, Invoices::invoice, PayerColumns.kindOf(payer), payer.id());
		return () -> withLines(heads.get());
	}

	private static final String OF_PAYER = "SELECT " + COLUMNS + " FROM billing_invoice WHERE payer_kind = ? AND payer_id = ?"
			+ " ORDER BY issue_date DESC, number DESC";

	private List<InvoiceView> withLines(List<InvoiceView> heads) {
		if (heads.isEmpty()) {
			return heads;
		}
		Map<UUID, List<InvoiceView.Line>> lines = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT invoice_id, fee_id, matter, what_sv, what_en, vat_rate, net, vat, gross FROM billing_invoice_line
				WHERE invoice_id = ANY(:ids) ORDER BY invoice_id, line_no
				""")
				.param("ids", heads.stream().map(InvoiceView::id).toArray(UUID[]::new))
				.query(row -> {
					lines.computeIfAbsent(row.getObject("invoice_id", UUID.class), id -> new ArrayList<>())
							.add(new InvoiceView.Line(row.getObject("fee_id", UUID.class), row.getString("matter"),
									new LocalizedText(row.getString("what_sv"), row.getString("what_en")),
									row.getBigDecimal("vat_rate").stripTrailingZeros(), row.getBigDecimal("net"),
									row.getBigDecimal("vat"), row.getBigDecimal("gross")));
				});
		return heads.stream().map(head -> new InvoiceView(head.id(), head.number(), head.kind(), head.credits(), head.ocr(),
				head.payer(), head.delivery(), head.issueDate(), head.dueDate(), head.total(), head.vat(), head.paid(), head.credited(),
				head.status(), head.remindedOn(), head.reminderDueDate(), head.reason(), lines.getOrDefault(head.id(), List.of())))
				.toList();
	}

	static InvoiceView invoice(ResultSet row, int number) throws SQLException {
		Currency currency = Currency.getInstance(row.getString("currency"));
		String ocr = row.getString("ocr");
		return new InvoiceView(row.getObject("id", UUID.class), row.getLong("number"),
				InvoiceView.Kind.valueOf(row.getString("kind")), row.getObject("credits", UUID.class),
				ocr == null ? null : new OcrReference(ocr),
				PayerColumns.party(row.getString("payer_kind"), row.getString("payer_id"), row.getString("payer_name")),
				InvoiceView.Delivery.valueOf(row.getString("delivery")),
				row.getObject("issue_date", LocalDate.class), row.getObject("due_date", LocalDate.class),
				new Money(row.getBigDecimal("total"), currency), new Money(row.getBigDecimal("vat"), currency),
				new Money(row.getBigDecimal("paid"), currency), new Money(row.getBigDecimal("credited"), currency),
				InvoiceView.Status.valueOf(row.getString("status")),
				row.getObject("reminded_on", LocalDate.class), row.getObject("reminder_due_date", LocalDate.class),
				row.getString("reason"), List.of());
	}
}
