package org.cityhall.notifications.inbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every notice once, in its recipient's inbox: a resident's under their personal identity number,
 * anyone else's under their e-mail address. Entries are only ever read by their own recipient.
 */
@Component
public class Inbox {

	private static final String COLUMNS = "id, notice_id, template, arguments, link, received_at, read_at";

	private final JdbcClient jdbc;
	private final Clock clock;

	Inbox(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Puts the notice in the recipient's inbox, unless a notice with its id is already there.
	 *
	 * @return whether the entry is new
	 */
	public boolean add(UUID id, String noticeId, String recipient, String template, List<String> arguments, Optional<String> link,
			Optional<String> inReplyTo, Instant receivedAt) {
		return jdbc.sql("""
				INSERT INTO notifications_inbox (id, notice_id, recipient, template, arguments, link, in_reply_to, received_at)
				VALUES (:id, :noticeId, :recipient, :template, :arguments, :link, :inReplyTo, :receivedAt)
				ON CONFLICT (notice_id) DO NOTHING""")
				.param("id", id)
				.param("noticeId", noticeId)
				.param("recipient", recipient)
				.param("template", template)
				.param("arguments", arguments.toArray(String[]::new))
				.param("link", link.orElse(null))
				.param("inReplyTo", inReplyTo.orElse(null))
				.param("receivedAt", utc(receivedAt))
				.update() == 1;
	}

	/** The recipient's latest entries, newest first. */
	public List<Entry> latest(String recipient, int limit) {
		return jdbc.sql(LATEST).params(recipient, limit).query((row, n) -> entry(row)).list();
	}

	/** {@link #latest}, queued with the other sections' queries of My pages. */
	public Supplier<List<Entry>> latest(String recipient, int limit, MyPagesReads reads) {
		return reads.query(LATEST, (row, n) -> entry(row), recipient, limit);
	}

	/** How many of the recipient's notices are unread, queued with the other sections' queries of My pages. */
	public Supplier<Integer> unread(String recipient, MyPagesReads reads) {
		Supplier<List<Integer>> count = reads.query(UNREAD, (row, n) -> row.getInt(1), recipient);
		return () -> count.get().get(0);
	}

	private static final String LATEST = "SELECT " + COLUMNS
			+ " FROM notifications_inbox WHERE recipient = ? ORDER BY received_at DESC, id DESC LIMIT ?";

	private static final String UNREAD = "SELECT count(*) FROM notifications_inbox WHERE recipient = ? AND read_at IS NULL";

	/** The recipient's entry, marked read the first time it is opened; empty if it is not theirs. */
	public Optional<Entry> open(String recipient, UUID id) {
		jdbc.sql("UPDATE notifications_inbox SET read_at = :now WHERE id = :id AND recipient = :recipient AND read_at IS NULL")
				.param("now", utc(clock.instant()))
				.param("id", id)
				.param("recipient", recipient)
				.update();
		return jdbc.sql("SELECT " + COLUMNS + " FROM notifications_inbox WHERE id = :id AND recipient = :recipient")
				.param("id", id)
				.param("recipient", recipient)
				.query((row, n) -> entry(row))
				.optional();
	}

	private static Entry entry(ResultSet row) throws SQLException {
		Array arguments = row.getArray("arguments");
		return new Entry(row.getObject("id", UUID.class), row.getString("notice_id"), row.getString("template"),
				List.of((String[]) arguments.getArray()), Optional.ofNullable(row.getString("link")),
				row.getObject("received_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(row.getObject("read_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A notice in an inbox. */
	public record Entry(UUID id, String noticeId, String template, List<String> arguments, Optional<String> link,
			Instant receivedAt, Optional<Instant> readAt) {

		public boolean unread() {
			return readAt.isEmpty();
		}
	}
}
