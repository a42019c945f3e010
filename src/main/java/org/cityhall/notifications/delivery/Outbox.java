package org.cityhall.notifications.delivery;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.notifications.contact.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is still to be sent: one row per notice and channel, and a log line for every attempt.
 * A row is taken for sending with {@code FOR UPDATE SKIP LOCKED}, so dispatchers on several nodes
 * never send the same row at once; the lock holds until the attempt is recorded.
 */
@Component
class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(UUID id, String noticeId, Channel channel, String address, Instant now) {
		jdbc.sql("""
				INSERT INTO notifications_outbox (id, notice_id, channel, address, created_at, next_attempt_at)
				VALUES (:id, :noticeId, :channel, :address, :now, :now)
				ON CONFLICT (notice_id, channel) DO NOTHING""")
				.param("id", id)
				.param("noticeId", noticeId)
				.param("channel", channel.name())
				.param("address", address)
				.param("now", utc(now))
				.update();
	}

	/**
	 * Locks the row due longest ago that no other dispatcher holds, with the notice's texts and the
	 * recipient's language: their own choice, or for a notice to an e-mail address without one, the choice
	 * of the person who verified that address as theirs. Must be called in the transaction that records
	 * the attempt.
	 */
	Optional<Due> lockNextDue(Instant now) {
		return jdbc.sql("""
				SELECT o.id, o.notice_id, o.channel, o.address, o.attempts, i.template, i.arguments, i.link, i.in_reply_to,
				       coalesce(p.language,
				         (SELECT holder.language FROM notifications_contact c JOIN notifications_preferences holder ON holder.owner = c.owner
				          WHERE c.channel = 'EMAIL' AND lower(c.address) = i.recipient ORDER BY c.verified_at DESC LIMIT 1),
				         'sv') AS language
				FROM notifications_outbox o
				JOIN notifications_inbox i ON i.notice_id = o.notice_id
				LEFT JOIN notifications_preferences p ON p.owner = i.recipient
				WHERE o.sent_at IS NULL AND o.gave_up_at IS NULL AND o.next_attempt_at <= :now
				ORDER BY o.next_attempt_at
				LIMIT 1
				FOR UPDATE OF o SKIP LOCKED""")
				.param("now", utc(now))
				.query((row, n) -> {
					Array arguments = row.getArray("arguments");
					return new Due(row.getObject("id", UUID.class), row.getString("notice_id"), Channel.valueOf(row.getString("channel")),
							row.getString("address"), row.getInt("attempts") + 1, row.getString("template"),
							List.of((String[]) arguments.getArray()), Optional.ofNullable(row.getString("link")),
							Optional.ofNullable(row.getString("in_reply_to")), Locale.forLanguageTag(row.getString("language")));
				})
				.optional();
	}

	void sent(Due due, Instant at) {
		jdbc.sql("UPDATE notifications_outbox SET sent_at = :at, attempts = :attempt, last_error = NULL WHERE id = :id")
				.param("at", utc(at))
				.param("attempt", due.attempt())
				.param("id", due.id())
				.update();
		log(due, at, "SENT", null);
	}

	void failed(Due due, Instant at, String error, Instant nextAttempt) {
		jdbc.sql("UPDATE notifications_outbox SET attempts = :attempt, last_error = :error, next_attempt_at = :next WHERE id = :id")
				.param("attempt", due.attempt())
				.param("error", error)
				.param("next", utc(nextAttempt))
				.param("id", due.id())
				.update();
		log(due, at, "FAILED", error);
	}

	void gaveUp(Due due, Instant at, String error) {
		jdbc.sql("UPDATE notifications_outbox SET attempts = :attempt, last_error = :error, gave_up_at = :at WHERE id = :id")
				.param("attempt", due.attempt())
				.param("error", error)
				.param("at", utc(at))
				.param("id", due.id())
				.update();
		log(due, at, "GAVE_UP", error);
	}

	private void log(Due due, Instant at, String outcome, String detail) {
		jdbc.sql("""
				INSERT INTO notifications_delivery_log (id, outbox_id, attempt, attempted_at, outcome, detail)
				VALUES (:id, :outboxId, :attempt, :at, :outcome, :detail)""")
				.param("id", UUID.randomUUID())
				.param("outboxId", due.id())
				.param("attempt", due.attempt())
				.param("at", utc(at))
				.param("outcome", outcome)
				.param("detail", detail)
				.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A row due for sending.
	 *
	 * @param attempt the number of this attempt, 1 for the first
	 * @param inReplyTo the Message-ID of the e-mail the notice answers
	 */
	record Due(UUID id, String noticeId, Channel channel, String address, int attempt, String template, List<String> arguments,
			Optional<String> link, Optional<String> inReplyTo, Locale language) {
	}
}
