package org.cityhall.cases.api.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.cases.api.CasesApiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the webhook deliveries the outbox holds. Each run claims the deliveries that are due — with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes share the work and none sends one twice at once — by
 * pushing their next attempt past a lease, then posts each, signed, and records the attempt: a 2xx
 * answer delivers it; anything else is tried again after a wait that doubles up to a cap, until the
 * attempts run out. A node that dies mid-send leaves the delivery to be taken again when the lease ends,
 * so delivery is at least once; receivers recognise a repeat by {@code CityHall-Event-Id}.
 */
@Component
public class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
	private static final Duration LEASE = Duration.ofMinutes(2);
	private static final int ERROR_LENGTH = 500;

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final CasesApiProperties.Webhooks settings;
	private final WebhookTargets targets;
	private final Clock clock;
	private final HttpClient http;

	WebhookDispatcher(JdbcClient jdbc, TransactionTemplate transactions, CasesApiProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = properties.webhooks();
		this.targets = new WebhookTargets(settings.allowPrivateAddresses());
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Scheduled(fixedDelayString = "${cityhall.api.webhooks.dispatch-interval:PT5S}", initialDelayString = "PT10S")
	void scheduled() {
		try {
			deliverDue();
		}
		catch (RuntimeException ex) {
			log.warn("Webhook deliveries could not be run now; the next run takes them", ex);
		}
	}

	/** Sends the deliveries due now, one batch; returns how many were attempted. */
	public int deliverDue() {
		Instant now = clock.instant();
		List<Claimed> claimed = jdbc.sql("WITH due AS (SELECT id FROM cases_webhook_delivery "
				+ "WHERE state = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) "
				+ "UPDATE cases_webhook_delivery d SET next_attempt_at = ? "
				+ "FROM due, cases_api_event e, cases_webhook_subscription s "
				+ "WHERE d.id = due.id AND e.id = d.event_id AND s.id = d.subscription_id "
				+ "RETURNING d.id, d.attempts, e.id AS event_id, e.payload, s.url, s.secret, s.active")
				.params(Timestamp.from(now), settings.batchSize(), Timestamp.from(now.plus(LEASE)))
				.query((rs, row) -> new Claimed(rs.getObject("id", UUID.class), rs.getInt("attempts"),
						rs.getObject("event_id", UUID.class), rs.getString("payload"), rs.getString("url"),
						rs.getString("secret"), rs.getBoolean("active")))
				.list();
		for (Claimed delivery : claimed) {
			if (!delivery.active) {
				jdbc.sql("UPDATE cases_webhook_delivery SET state = 'ABANDONED' WHERE id = ?").param(delivery.id).update();
				continue;
			}
			record(delivery, send(delivery));
		}
		return claimed.size();
	}

	private Outcome send(Claimed delivery) {
		Instant started = clock.instant();
		long start = System.nanoTime();
		try {
			URI uri = URI.create(delivery.url);
			Optional<String> refused = targets.addressProblem(uri.getHost());
			if (refused.isPresent()) {
				return new Outcome(started, null, "refused: " + refused.get(), elapsed(start));
			}
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
					.header("Content-Type", "application/json")
					.header("User-Agent", "CityHall-Webhooks/1")
					.header(WebhookSignature.EVENT_ID_HEADER, delivery.eventId.toString())
					.header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret, clock.instant(), delivery.payload))
					.POST(HttpRequest.BodyPublishers.ofString(delivery.payload, StandardCharsets.UTF_8))
					.build();
			HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			return new Outcome(started, status, status >= 200 && status < 300 ? null : "the receiver answered " + status,
					elapsed(start));
		}
		catch (IOException | IllegalArgumentException ex) {
			return new Outcome(started, null, describe(ex), elapsed(start));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(started, null, "interrupted while sending", elapsed(start));
		}
	}

	private void record(Claimed delivery, Outcome outcome) {
		int attempts = delivery.attempts + 1;
		transactions.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO cases_webhook_attempt (id, delivery_id, attempted_at, status_code, error, duration_ms) "
					+ "VALUES (gen_random_uuid(), ?, ?, ?, ?, ?)")
					.params(delivery.id, Timestamp.from(outcome.at), outcome.statusCode, outcome.error, outcome.durationMillis)
					.update();
			if (outcome.error == null) {
				jdbc.sql("UPDATE cases_webhook_delivery SET state = 'DELIVERED', attempts = ?, delivered_at = ? WHERE id = ?")
						.params(attempts, Timestamp.from(clock.instant()), delivery.id).update();
			}
			else if (attempts >= settings.maxAttempts()) {
				jdbc.sql("UPDATE cases_webhook_delivery SET state = 'FAILED', attempts = ? WHERE id = ?")
						.params(attempts, delivery.id).update();
			}
			else {
				jdbc.sql("UPDATE cases_webhook_delivery SET attempts = ?, next_attempt_at = ? WHERE id = ?")
						.params(attempts, Timestamp.from(clock.instant().plus(backOff(attempts))), delivery.id).update();
			}
		});
	}

	/** The wait after the given number of failed attempts: the first retry's wait, doubled each time, capped. */
	Duration backOff(int failedAttempts) {
		Duration wait = settings.firstRetry();
		for (int i = 1; i < failedAttempts && wait.compareTo(settings.maxRetryDelay()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : wait;
	}

	/** Makes the subscription's waiting deliveries due now, so the next run tries them. */
	public void retryNow(UUID subscriptionId) {
		jdbc.sql("UPDATE cases_webhook_delivery SET next_attempt_at = ? WHERE subscription_id = ? AND state = 'PENDING'")
				.params(Timestamp.from(clock.instant()), subscriptionId).update();
	}

	private static long elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

	private static String describe(Exception ex) {
		String text = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
	}

	private record Claimed(UUID id, int attempts, UUID eventId, String payload, String url, String secret, boolean active) {
	}

	private record Outcome(Instant at, Integer statusCode, String error, long durationMillis) {
	}
}
