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
 * A reminder was sent for an invoice not paid by its due date. Published once per invoice, in the
 * transaction that records it; filed for the payer in the invoice's matter.
 *
 * @param invoiceId the invoice
 * @param number its number
 * @param payer who is to pay
 * @param remaining what is left to pay
 * @param payBy the new day to pay by
 * @param at when the reminder was sent
 */
public record InvoiceReminded(UUID invoiceId, long number, Party payer, Money remaining, LocalDate payBy, Instant at)
		implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("invoice-reminded:" + invoiceId, "billing.invoice-reminded", at)
				.subject(payer)
				.matter("invoice-" + number)
				.title(new LocalizedText("Påminnelse om faktura " + number, "Reminder of invoice " + number))
				.retention(Fees.RETENTION)
				.build();
	}
}
