package org.cityhall.billing;

import java.net.URI;
import java.util.Objects;

import org.cityhall.shared.Money;

/**
 * A card payment provider, as CityHall needs one: start a payment and send the payer to the
 * provider's page, then ask the provider, server to server, whether the payment was made. The
 * payer's browser is never believed about a payment; only {@link #status(String)} is.
 * <p>
 * {@code org.cityhall.billing.provider.HttpPaymentProvider} speaks the JSON protocol described in
 * {@code docs/billing.md}; a provider with another protocol needs its own adapter of this port.
 */
public interface PaymentProvider {

	/**
	 * Starts a card payment at the provider.
	 *
	 * @param amount the amount to charge
	 * @param reference CityHall's reference for the payment, unique per attempt; a retried start
	 *        with the same reference gives the same payment
	 * @param returnUrl where the provider sends the payer back when they are done, whatever the
	 *        outcome
	 * @return the provider's id for the payment and the address to send the payer to
	 * @throws PaymentProviderException if the provider could not be asked or gave no usable answer
	 */
	StartedPayment start(Money amount, String reference, URI returnUrl);

	/**
	 * What the provider knows about a payment now.
	 *
	 * @param paymentId the provider's id, from {@link StartedPayment#id()}
	 * @throws PaymentProviderException if the provider could not be asked or gave no usable answer
	 */
	ProviderPayment status(String paymentId);

	/**
	 * A payment the provider created.
	 *
	 * @param id the provider's id for it
	 * @param redirectUrl the provider's page where the payer pays
	 */
	record StartedPayment(String id, URI redirectUrl) {

		public StartedPayment {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(redirectUrl, "redirectUrl");
		}
	}

	/**
	 * A payment as the provider reports it.
	 *
	 * @param id the provider's id for it
	 * @param status where it stands
	 * @param amount the amount the provider charges or charged
	 */
	record ProviderPayment(String id, Status status, Money amount) {

		public ProviderPayment {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(amount, "amount");
		}
	}

	/** Where a payment stands at the provider. */
	enum Status {

		/** Started; the payer has not finished (or not yet come to the provider's page). */
		CREATED,

		/** Paid: the money is the city's. Final. */
		PAID,

		/** The card was declined or the payment failed. Final. */
		FAILED,

		/** The payer cancelled, or the payment expired. Final. */
		CANCELLED;

		/** Whether the payment can still change. */
		public boolean isFinal() {
			return this != CREATED;
		}
	}
}
