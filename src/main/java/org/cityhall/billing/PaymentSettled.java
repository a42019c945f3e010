package org.cityhall.billing;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.shared.Money;

/**
 * A fee was paid in full: the payment provider confirmed it, server to server. One of billing's
 * events that other modules use; published exactly once per fee, in the transaction that marks
 * the fee paid, whatever the payer reloads or retries.
 *
 * @param paymentId the payment, CityHall's id for it
 * @param feeId the fee paid
 * @param matter the fee's matter, such as a case number
 * @param amount the amount paid
 * @param providerReference the payment provider's id for the payment, for reconciliation
 * @param at when CityHall learnt that the payment was made
 */
public record PaymentSettled(UUID paymentId, UUID feeId, String matter, Money amount, String providerReference,
		Instant at) {
}
