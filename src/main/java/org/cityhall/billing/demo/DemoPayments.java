package org.cityhall.billing.demo;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cityhall.billing.PaymentProvider.Status;
import org.cityhall.shared.Money;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo city's stand-in card provider: its payments, kept in memory, since no real money
 * moves and a restart may forget them. Only in demo mode, which refuses to start beside the
 * production profile.
 */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
public class DemoPayments {

	/** Where the stand-in provider's API is, below CityHall's own address. */
	public static final String API_PATH = "/demo/payment-provider";

	/** The API key the stand-in expects when none is configured; it guards nothing of value. */
	public static final String DEFAULT_API_KEY = "demo-payment-provider";

	private final Map<String, DemoPayment> payments = new ConcurrentHashMap<>();
	private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();

	/** A new payment, or the one already started with the same idempotency key. */
	DemoPayment start(Money amount, String reference, URI returnUrl, String idempotencyKey) {
		if (idempotencyKey != null) {
			String id = byIdempotencyKey.computeIfAbsent(idempotencyKey, key -> create(amount, reference, returnUrl).id());
			return payments.get(id);
		}
		return create(amount, reference, returnUrl);
	}

	Optional<DemoPayment> find(String id) {
		return Optional.ofNullable(payments.get(id));
	}

	/** The payer's decision on the card page; a payment decided once stays as it was decided. */
	Optional<DemoPayment> decide(String id, Status decision) {
		return Optional.ofNullable(payments.computeIfPresent(id,
				(key, payment) -> payment.status() == Status.CREATED ? payment.with(decision) : payment));
	}

	private DemoPayment create(Money amount, String reference, URI returnUrl) {
		DemoPayment payment = new DemoPayment("demo-" + UUID.randomUUID(), amount, reference, returnUrl, Status.CREATED);
		payments.put(payment.id(), payment);
		return payment;
	}

	/** A payment at the stand-in provider. */
	record DemoPayment(String id, Money amount, String reference, URI returnUrl, Status status) {

		DemoPayment {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(amount, "amount");
			Objects.requireNonNull(returnUrl, "returnUrl");
			Objects.requireNonNull(status, "status");
		}

		DemoPayment with(Status newStatus) {
			return new DemoPayment(id, amount, reference, returnUrl, newStatus);
		}
	}
}
