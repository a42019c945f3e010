package org.cityhall.billing.jdbc;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Invoices and their lines written in batches, as the invoicing run writes them. */
public final class InvoiceRows {

	private InvoiceRows() {
	}

	/**
	 * Writes open invoices: each row id, number, OCR, payer kind, payer id, payer name, delivery, issue date,
	 * due date, total, VAT, currency, issued at.
	 */
	public static void insertInvoices(JdbcTemplate batch, List<Object[]> rows) {
		batch.batchUpdate("""
				INSERT INTO billing_invoice (id, number, kind, ocr, payer_kind, payer_id, payer_name, delivery, issue_date, due_date,
				                             total, vat, currency, status, issued_at)
				VALUES (?, ?, 'INVOICE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)
				""", rows);
	}

	/**
	 * Writes invoice lines: each row invoice id, line number, fee id, matter, what (Swedish), what (English),
	 * VAT rate, net, VAT, gross.
	 */
	public static void insertLines(JdbcTemplate batch, List<Object[]> rows) {
		batch.batchUpdate("""
				INSERT INTO billing_invoice_line (invoice_id, line_no, fee_id, credit, matter, what_sv, what_en, vat_rate, net, vat, gross)
				VALUES (?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}
}
