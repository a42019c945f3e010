package org.cityhall.billing.payment;

import com.github.f4b6a3.uuid.UuidCreator;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.billing.FeeView;
import org.cityhall.billing.PaymentProvider;
import org.cityhall.billing.PaymentProvider.ProviderPayment;
import org.cityhall.billing.PaymentProvider.StartedPayment;
import org.cityhall.billing.PaymentProvider.Status;
import org.cityhall.billing.PaymentProviderException;
import org.cityhall.billing.PaymentSettled;
import org.cityhall.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying a fee by card: start a payment at the provider and send the payer there; when they come
 * back, ask the provider – never the browser – whether it was paid, and if so settle the fee.
 * <p>
 * A fee is settled once. Marking it paid and publishing {@link PaymentSettled} happen in one
 * transaction that only changes a fee still unpaid, so a reload, a second tab or two servers
 * answering at once make one settlement. A payment still open at the provider is continued, not
 * started anew, so a payer who clicks "Pay" twice is not charged twice.
 */
@Service
public class CardPayments {

	private static final Logger log = LoggerFactory.getLogger(CardPayments.class);

	private static final String COLUMNS = "id, fee_id, provider_id, redirect_url, status, amount, currency, started_at";

	private final JdbcClient jdbc;
	private final PaymentProvider provider;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	CardPayments(JdbcClient jdbc, PaymentProvider provider, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.provider = provider;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/**
	 * Where to send the payer to pay the fee: the provider's page of a payment still open, or of
	 * a new one; nowhere if the fee turns out to be paid already.
	 *
	 * @param returnUrl where the provider sends the payer back
	 * @return the provider's page, or empty when the fee is paid
	 * @throws org.cityhall.billing.PaymentProviderException if the provider cannot be asked
	 */
	public Optional<URI> start(FeeView fee, URI returnUrl) {
		Objects.requireNonNull(fee, "fee");
		Objects.requireNonNull(returnUrl, "returnUrl");
		if (fee.isPaid()) {
			return Optional.empty();
		}
		Optional<Attempt> open = attemptsOf(fee.id()).stream().filter(attempt -> attempt.status() == Status.CREATED).findFirst();
		if (open.isPresent()) {
			Optional<Result> result = refresh(fee, open.get());
			if (result.equals(Optional.of(Result.PAID))) {
				return Optional.empty();
			}
			if (result.equals(Optional.of(Result.PENDING))) {
				return Optional.of(open.get().redirectUrl());
			}
		}
		UUID paymentId = UuidCreator.getTimeOrderedEpoch();
		StartedPayment started = provider.start(fee.amount(), paymentId.toString(), returnUrl);
		Instant now = now();
		jdbc.sql("""
				INSERT INTO billing_payment (id, fee_id, provider_id, redirect_url, status, amount, currency, started_at, updated_at)
				VALUES (:id, :feeId, :providerId, :redirectUrl, 'CREATED', :amount, :currency, :at, :at)
				""")
				.param("id", paymentId)
				.param("feeId", fee.id())
				.param("providerId", started.id())
				.param("redirectUrl", started.redirectUrl().toString())
				.param("amount", fee.amount().amount())
				.param("currency", fee.amount().currency().getCurrencyCode())
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		return Optional.of(started.redirectUrl());
	}

	/**
	 * The payer is back from the provider: asks the provider about every payment of the fee still
	 * open and settles the fee if one was paid.
	 *
	 * @return how it went, judged by the provider alone
	 * @throws org.cityhall.billing.PaymentProviderException if the provider cannot be asked
	 */
	public Result complete(FeeView fee) {
		Objects.requireNonNull(fee, "fee");
		if (fee.isPaid()) {
			return Result.PAID;
		}
		List<Attempt> attempts = attemptsOf(fee.id());
		if (attempts.isEmpty()) {
			return Result.NOT_STARTED;
		}
		Result newest = null;
		for (Attempt attempt : attempts) {
			Optional<Result> asked = attempt.status() == Status.CREATED ? refresh(fee, attempt) : Optional.of(Result.of(attempt.status()));
			if (asked.isEmpty()) {
				continue;
			}
			Result result = asked.get();
			if (result == Result.PAID || result == Result.AMOUNT_MISMATCH) {
				return result;
			}
			if (newest == null) {
				newest = result;
			}
		}
		return newest == null ? Result.NOT_STARTED : newest;
	}

	/**
	 * Asks the provider about one open attempt, records its answer, and settles the fee if it was
	 * paid. Empty if the provider knows no such payment (the demo city's stand-in forgets its
	 * payments on a restart): the attempt is left open, in case the provider finds it again, and
	 * the payer may start another.
	 */
	private Optional<Result> refresh(FeeView fee, Attempt attempt) {
		ProviderPayment payment;
		try {
			payment = provider.status(attempt.providerId());
		}
		catch (PaymentProviderException unknown) {
			if (unknown.problem() != PaymentProviderException.Problem.NOT_FOUND) {
				throw unknown;
			}
			log.warn("The provider knows no payment {} (payment {} of fee {}); it is passed over", attempt.providerId(),
					attempt.id(), fee.id());
			return Optional.empty();
		}
		if (payment.status() == Status.PAID && !payment.amount().equals(attempt.amount())) {
			log.error("Payment {} of fee {} is paid at the provider ({}) with {}, not the {} asked for: not settled; "
					+ "see to it by hand", attempt.id(), fee.id(), attempt.providerId(), payment.amount(), attempt.amount());
			return Optional.of(Result.AMOUNT_MISMATCH);
		}
		if (payment.status() == Status.CREATED) {
			return Optional.of(Result.PENDING);
		}
		Instant now = now();
		transactions.executeWithoutResult(transaction -> {
			jdbc.sql("UPDATE billing_payment SET status = :status, updated_at = :at WHERE id = :id AND status = 'CREATED'")
					.param("status", payment.status().name())
					.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
					.param("id", attempt.id())
					.update();
			if (payment.status() == Status.PAID) {
				settle(fee, attempt, now);
			}
		});
		return Optional.of(Result.of(payment.status()));
	}

	private void settle(FeeView fee, Attempt attempt, Instant now) {
		int settled = jdbc.sql("""
				UPDATE billing_fee SET status = 'PAID', paid_at = :at, payment_id = :paymentId
				WHERE id = :id AND status = 'UNPAID'
				""")
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("paymentId", attempt.id())
				.param("id", fee.id())
				.update();
		if (settled == 1) {
			events.publishEvent(new PaymentSettled(attempt.id(), fee.id(), fee.matter(), attempt.amount(), attempt.providerId(), now,
					fee.payer()));
		}
		else {
			String by = jdbc.sql("SELECT payment_id FROM billing_fee WHERE id = :id").param("id", fee.id())
					.query(String.class).optional().orElse("?");
			if (!by.equals(attempt.id().toString())) {
				log.warn("Fee {} was paid twice: by payment {} and again by payment {} (provider's {}); the second "
						+ "is to be refunded", fee.id(), by, attempt.id(), attempt.providerId());
			}
		}
	}

	/** Now, to the microsecond PostgreSQL keeps, so an event tells the same time as the row. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private List<Attempt> attemptsOf(UUID feeId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM billing_payment WHERE fee_id = :feeId ORDER BY started_at DESC, id DESC")
				.param("feeId", feeId)
				.query(CardPayments::attempt)
				.list();
	}

	private static Attempt attempt(ResultSet row, int number) throws SQLException {
		return new Attempt(row.getObject("id", UUID.class), row.getString("provider_id"), URI.create(row.getString("redirect_url")),
				Status.valueOf(row.getString("status")),
				new Money(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency"))));
	}

	/** How paying went, as the provider tells it. */
	public enum Result {

		/** Paid: the fee is settled (now or before). */
		PAID,

		/** Started and not finished at the provider. */
		PENDING,

		/** The card was declined or the payment failed. */
		FAILED,

		/** The payer cancelled, or the payment expired. */
		CANCELLED,

		/** No payment was started for the fee. */
		NOT_STARTED,

		/** The provider says paid, but another amount than asked: not settled, for staff to see to. */
		AMOUNT_MISMATCH;

		static Result of(Status status) {
			switch (status) {
				case PAID:
					return PAID;
				case FAILED:
					return FAILED;
				case CANCELLED:
					return CANCELLED;
				default:
					return PENDING;
			}
		}
	}

	private record Attempt(UUID id, String providerId, URI redirectUrl, Status status, Money amount) {
	}
}
