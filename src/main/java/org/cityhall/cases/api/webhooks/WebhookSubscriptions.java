package org.cityhall.cases.api.webhooks;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments' webhook subscriptions and their delivery logs. A removed subscription is kept,
 * inactive, so its log can still be read; its pending deliveries are abandoned.
 */
@Repository
public class WebhookSubscriptions {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String COLUMNS = "id, department, created_by, url, secret, event_types, active, created_at, deactivated_at";

	private final JdbcClient jdbc;
	private final Clock clock;

	WebhookSubscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A subscription.
	 *
	 * @param secret the key its deliveries are signed with; shown to the client once, when it subscribes
	 * @param eventTypes the event types it wants
	 */
	public record Subscription(UUID id, String department, String createdBy, String url, String secret,
			List<String> eventTypes, boolean active, Instant createdAt, Optional<Instant> deactivatedAt) {
	}

	/** A delivery of one event to one subscription, with every attempt made. */
	public record Delivery(UUID id, UUID eventId, String type, String caseNumber, String state, int attemptCount,
			Instant createdAt, Optional<Instant> nextAttemptAt, Optional<Instant> deliveredAt, List<Attempt> attempts) {
	}

	/**
	 * One attempt to deliver.
	 *
	 * @param statusCode what the receiver answered, empty when it could not be reached
	 * @param error what went wrong, empty when the receiver answered 2xx
	 */
	public record Attempt(Instant at, Optional<Integer> statusCode, Optional<String> error, long durationMillis) {
	}

	@Transactional
	public Subscription subscribe(String department, String clientId, String url, List<String> eventTypes) {
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Instant now = clock.instant();
		String secret = newSecret();
		jdbc.sql("INSERT INTO cases_webhook_subscription (id, department, created_by, url, secret, event_types, active, "
				+ "created_at) VALUES (?, ?, ?, ?, ?, ?::text[], true, ?)")
				.params(id, department, clientId, url, secret, "{" + String.join(",", eventTypes) + "}", Timestamp.from(now))
				.update();
		return new Subscription(id, department, clientId, url, secret, List.copyOf(eventTypes), true, now, Optional.empty());
	}

	public int activeCount(String department) {
		return jdbc.sql("SELECT count(*) FROM cases_webhook_subscription WHERE department = ? AND active")
				.param(department).query(Integer.class).single();
	}

	/** The department's subscriptions, newest first, active ones and removed ones. */
	public List<Subscription> of(String department) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases_webhook_subscription WHERE department = ? "
				+ "ORDER BY created_at DESC, id DESC LIMIT 200").param(department).query(WebhookSubscriptions::map).list();
	}

	/** The subscription, when it is the department's. */
	public Optional<Subscription> find(String department, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases_webhook_subscription WHERE id = ? AND department = ?")
				.params(id, department).query(WebhookSubscriptions::map).optional();
	}

	/** Stops the subscription: nothing more is delivered to it, and what was waiting is abandoned. */
	@Transactional
	public boolean remove(String department, UUID id) {
		Timestamp now = Timestamp.from(clock.instant());
		int removed = jdbc.sql("UPDATE cases_webhook_subscription SET active = false, deactivated_at = ? "
				+ "WHERE id = ? AND department = ? AND active").params(now, id, department).update();
		jdbc.sql("UPDATE cases_webhook_delivery SET state = 'ABANDONED' WHERE subscription_id = ? AND state = 'PENDING'")
				.param(id).update();
		return removed == 1;
	}

	/** The subscription's deliveries, newest first, each with its attempts. */
	public List<Delivery> deliveries(UUID subscriptionId, int limit) {
		List<Delivery> deliveries = jdbc.sql("SELECT d.id, d.event_id, e.type, e.case_number, d.state, d.attempts, "
				+ "d.created_at, d.next_attempt_at, d.delivered_at FROM cases_webhook_delivery d "
				+ "JOIN cases_api_event e ON e.id = d.event_id WHERE d.subscription_id = ? "
				+ "ORDER BY d.created_at DESC, d.id DESC LIMIT ?")
				.params(subscriptionId, limit)
				.query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
						rs.getString("type"), rs.getString("case_number"), rs.getString("state"), rs.getInt("attempts"),
						instant(rs, "created_at"),
						"PENDING".equals(rs.getString("state")) ? Optional.ofNullable(instant(rs, "next_attempt_at"))
								: Optional.empty(),
						Optional.ofNullable(instant(rs, "delivered_at")), List.of()))
				.list();
		Map<UUID, List<Attempt>> attempts = new HashMap<>();
		jdbc.sql("SELECT delivery_id, attempted_at, status_code, error, duration_ms FROM cases_webhook_attempt "
				+ "WHERE delivery_id IN (SELECT id FROM cases_webhook_delivery WHERE subscription_id = ? "
				+ "ORDER BY created_at DESC, id DESC LIMIT ?) ORDER BY attempted_at, id")
				.params(subscriptionId, limit)
				.query((RowCallbackHandler) rs -> attempts.computeIfAbsent(rs.getObject("delivery_id", UUID.class),
						id -> new ArrayList<>()).add(new Attempt(instant(rs, "attempted_at"),
								Optional.ofNullable((Integer) rs.getObject("status_code")),
								Optional.ofNullable(rs.getString("error")), rs.getLong("duration_ms"))));
		List<Delivery> withAttempts = new ArrayList<>();
		for (Delivery delivery : deliveries) {
			withAttempts.add(new Delivery(delivery.id(), delivery.eventId(), delivery.type(), delivery.caseNumber(),
					delivery.state(), delivery.attemptCount(), delivery.createdAt(), delivery.nextAttemptAt(),
					delivery.deliveredAt(), attempts.getOrDefault(delivery.id(), List.of())));
		}
		return withAttempts;
	}

	private static Subscription map(ResultSet rs, int row) throws SQLException {
		Array types = rs.getArray("event_types");
		List<String> eventTypes = List.of((String[]) types.getArray());
		return new Subscription(rs.getObject("id", UUID.class), rs.getString("department"), rs.getString("created_by"),
				rs.getString("url"), rs.getString("secret"), eventTypes, rs.getBoolean("active"), instant(rs, "created_at"),
				Optional.ofNullable(instant(rs, "deactivated_at")));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
