package org.cityhall.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;

/**
 * A fee was incurred: someone owes the city an amount for something in a matter. One of
 * billing's events that other modules use; published once per fee, in the transaction that
 * records it. Filed in the fee's matter, kept seven years as the accounting rules ask.
 *
 * @param feeId the fee, as {@link Fees#find(UUID)} knows it
 * @param payer who is to pay
 * @param matter the matter the fee belongs to, such as a case number ({@code KA-2026-000123})
 * @param what what the fee is for, in both languages
 * @param amount the amount to pay, VAT included
 * @param vatRate the VAT rate included in the amount, {@code 0.25} for 25 %; zero for the many
 *        fees outside VAT
 * @param at when the fee was incurred
 */
public record FeeIncurred(UUID feeId, Party payer, String matter, LocalizedText what, Money amount, BigDecimal vatRate,
		Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("fee-incurred:" + feeId, "billing.fee-incurred", at)
				.subject(payer)
				.matter(matter)
				.title(new LocalizedText("Avgift: " + what.sv(), "Fee: " + what.en()))
				.retention(Fees.RETENTION)
				.build();
	}
}
