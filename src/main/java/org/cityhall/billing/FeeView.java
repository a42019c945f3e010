package org.cityhall.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;

/**
 * A fee as it stands.
 *
 * @param id the fee's id
 * @param payer who is to pay
 * @param matter the matter, such as a case number
 * @param what what the fee is for
 * @param amount the amount to pay, VAT included
 * @param vatRate the VAT rate included in the amount ({@code 0.25}), zero when none
 * @param status unpaid or paid
 * @param incurredAt when the fee was incurred
 * @param paidAt when the payment was settled; {@code null} while unpaid
 * @param paymentId the settled payment, as in {@link PaymentSettled#paymentId()}; {@code null} while unpaid
 */
public record FeeView(UUID id, Party payer, String matter, LocalizedText what, Money amount, BigDecimal vatRate,
		FeeStatus status, Instant incurredAt, Instant paidAt, UUID paymentId) {

	public boolean isPaid() {
		return status == FeeStatus.PAID;
	}

	/** The VAT within the amount: amount × rate / (1 + rate), to the öre. */
	public Money vat() {
		BigDecimal share = vatRate.divide(BigDecimal.ONE.add(vatRate), 10, RoundingMode.HALF_UP);
		return amount.times(share);
	}

	/** Whether the party is this fee's payer: the same kind of party with the same id. */
	public boolean isPayer(Party party) {
		return party != null && party.getClass().equals(payer.getClass()) && party.id().equals(payer.id());
	}
}
