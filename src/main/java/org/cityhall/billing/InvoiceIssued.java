package org.cityhall.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;

/**
 * An invoice or a credit note was issued. Published in the transaction that issues it; filed for the payer,
 * kept seven years as the accounting rules ask.
 *
 * @param invoiceId the invoice, as {@link Invoices#find(UUID)} knows it
 * @param number its number
 * @param kind an invoice or a credit note
 * @param payer who is to pay (or is credited)
 * @param total the amount, VAT included
 * @param dueDate the day to pay by
 * @param at when it was issued
 */
public record InvoiceIssued(UUID invoiceId, long number, InvoiceView.Kind kind, Party payer, Money total, LocalDate dueDate,
		Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		boolean credit = kind == InvoiceView.Kind.CREDIT_NOTE;
		return ArchiveEntry.of("invoice-issued:" + invoiceId, "billing.invoice-issued", at)
				.subject(payer)
				.matter("invoice-" + number)
				.title(credit ? new LocalizedText("Kreditfaktura " + number, "Credit note " + number)
						: new LocalizedText("Faktura " + number, "Invoice " + number))
				.retention(Fees.RETENTION)
				.build();
	}
}
