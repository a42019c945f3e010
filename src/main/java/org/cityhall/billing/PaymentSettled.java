package org.cityhall.billing;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;

/**
 * A fee was paid in full: the payment provider confirmed it, server to server. One of billing's
 * events that other modules use; published exactly once per fee, in the transaction that marks
 * the fee paid, whatever the payer reloads or retries. Filed in the fee's matter, kept seven years
 * as the accounting rules ask.
 *
 * @param paymentId the payment, CityHall's id for it
 * @param feeId the fee paid
 * @param matter the fee's matter, such as a case number
 * @param amount the amount paid
 * @param providerReference the payment provider's id for the payment, for reconciliation
 * @param at when CityHall learnt that the payment was made
 * @param payer who paid: the fee's payer
 */
public record PaymentSettled(UUID paymentId, UUID feeId, String matter, Money amount, String providerReference,
		Instant at, Party payer) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("payment-settled:" + paymentId, "billing.payment-settled", at)
				.subject(payer)
				.matter(matter)
				.title(new LocalizedText("Betalning mottagen för " + matter, "Payment received for " + matter))
				.retention(Fees.RETENTION)
				.build();
	}
}
