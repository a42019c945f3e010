package org.cityhall.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The log of every contact with the centre, and its figures: contacts per channel and topic, the time to
 * answer, and the share solved at the first contact.
 */
@Service
public class ContactLog {

	private final JdbcClient jdbc;
	private final Clock clock;

	ContactLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What an agent logs after a call or a visit, or when answering an e-mail. */
	public record Entry(ContactQueue queue, String channel, String topic, String outcome, Optional<String> resident, String agentId,
			Optional<String> department, Optional<String> note, int minutes, Optional<Integer> waitSeconds) {

		public Entry {
			Contact.check(channel, topic, outcome, department);
			if (minutes < 0 || waitSeconds.orElse(0) < 0) {
				throw new IllegalArgumentException("times are zero or more");
			}
		}
	}

	@Transactional
	public UUID log(Entry entry) {
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO contact_contact (id, queue, channel, topic, outcome, resident, agent_id, department, note, minutes, wait_seconds,
				  received_at, logged_at)
				VALUES (:id, :queue, :channel, :topic, :outcome, :resident, :agent, :department, :note, :minutes, :wait, :received, :now)
				""").param("id", id).param("queue", entry.queue().code()).param("channel", entry.channel()).param("topic", entry.topic())
				.param("outcome", entry.outcome()).param("resident", entry.resident().orElse(null)).param("agent", entry.agentId())
				.param("department", entry.department().orElse(null)).param("note", entry.note().orElse(null)).param("minutes", entry.minutes())
				.param("wait", entry.waitSeconds().orElse(null))
				.param("received", Timestamp.from(now.minus(Duration.ofMinutes(entry.minutes())).minusSeconds(entry.waitSeconds().orElse(0))))
				.param("now", Timestamp.from(now)).update();
		return id;
	}

	/**
	 * An e-mail that reached the centre's mailbox: a contact not yet answered, once for each message id, so a
	 * mailbox read twice makes one contact.
	 *
	 * @return whether it was new
	 */
	@Transactional
	public boolean emailReceived(ContactQueue queue, String messageId, String sender, String subject, String body, Instant receivedAt) {
		return jdbc.sql("""
				INSERT INTO contact_contact (id, queue, channel, topic, outcome, sender, subject, note, message_id, received_at, logged_at)
				VALUES (:id, :queue, 'email', 'other', 'open', :sender, :subject, :body, :messageId, :received, :now)
				ON CONFLICT (message_id) DO NOTHING
				""").param("id", UuidCreator.getTimeOrderedEpoch()).param("queue", queue.code()).param("sender", sender)
				.param("subject", subject).param("body", body).param("messageId", messageId).param("received", Timestamp.from(receivedAt))
				.param("now", Timestamp.from(clock.instant())).update() == 1;
	}

	/** An agent answers an e-mail contact: its topic and outcome, and the time from its arrival to the answer. */
	@Transactional
	public void answerEmail(UUID id, String agentId, String topic, String outcome, Optional<String> department, Optional<String> note, int minutes) {
		Contact.check("email", topic, outcome, department);
		if (minutes < 0) {
			throw new IllegalArgumentException("times are zero or more");
		}
		int updated = jdbc.sql("""
				UPDATE contact_contact SET topic = :topic, outcome = :outcome, agent_id = :agent, department = :department,
				  note = coalesce(:note, note), minutes = :minutes,
				  wait_seconds = greatest(0, extract(epoch FROM (:now - received_at))::int), logged_at = :now
				WHERE id = :id AND outcome = 'open'
				""").param("topic", topic).param("outcome", outcome).param("agent", agentId).param("department", department.orElse(null))
				.param("note", note.orElse(null)).param("minutes", minutes).param("now", Timestamp.from(clock.instant())).param("id", id).update();
		if (updated == 0) {
			throw new IllegalStateException("contact " + id + " is already answered or is no e-mail");
		}
	}

	/** E-mails not yet answered in a queue, oldest first. */
	public List<Contact> unanswered(ContactQueue queue) {
		return jdbc.sql("SELECT * FROM contact_contact WHERE queue = :q AND outcome = 'open' ORDER BY received_at LIMIT 100")
				.param("q", queue.code()).query(ContactLog::contact).list();
	}

	public Optional<Contact> find(UUID id) {
		return jdbc.sql("SELECT * FROM contact_contact WHERE id = :id").param("id", id).query(ContactLog::contact).optional();
	}

	/** The contacts a resident had with the centre, newest first. */
	public List<Contact> of(String resident) {
		return jdbc.sql("SELECT * FROM contact_contact WHERE resident = :r ORDER BY received_at DESC LIMIT 50").param("r", resident)
				.query(ContactLog::contact).list();
	}

	/**
	 * The figures of a queue in a period.
	 *
	 * @param byChannel contacts per channel
	 * @param byTopic contacts per topic
	 * @param answered contacts answered (all but the e-mails still open)
	 * @param medianWaitSeconds the median time to answer, of the contacts whose wait is known
	 * @param solvedAtFirstContact the share of answered contacts solved there and then, 0 to 1
	 */
	public record Figures(Map<String, Integer> byChannel, Map<String, Integer> byTopic, int answered, Optional<Double> medianWaitSeconds,
			Optional<Double> solvedAtFirstContact) {
	}

	public Figures figures(ContactQueue queue, Instant from, Instant to) {
		Map<String, Integer> byChannel = new java.util.TreeMap<>();
		Map<String, Integer> byTopic = new java.util.TreeMap<>();
		String window = "FROM contact_contact WHERE queue = :q AND received_at >= :from AND received_at < :to";
		jdbc.sql("SELECT channel, count(*) AS n " + window + " GROUP BY channel").param("q", queue.code()).param("from", Timestamp.from(from))
				.param("to", Timestamp.from(to)).query((rs, n) -> byChannel.put(rs.getString("channel"), rs.getInt("n"))).list();
		jdbc.sql("SELECT topic, count(*) AS n " + window + " AND outcome <> 'open' GROUP BY topic").param("q", queue.code())
				.param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query((rs, n) -> byTopic.put(rs.getString("topic"), rs.getInt("n")))
				.list();
		return jdbc.sql("SELECT count(*) FILTER (WHERE outcome <> 'open') AS answered, "
				+ "count(*) FILTER (WHERE outcome = 'solved') AS solved, "
				+ "percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_seconds) FILTER (WHERE wait_seconds IS NOT NULL) AS median_wait " + window)
				.param("q", queue.code()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query((rs, n) -> {
					int answered = rs.getInt("answered");
					Object wait = rs.getObject("median_wait");
					return new Figures(byChannel, byTopic, answered, wait == null ? Optional.empty() : Optional.of(((Number) wait).doubleValue()),
							answered == 0 ? Optional.empty() : Optional.of(rs.getInt("solved") / (double) answered));
				}).single();
	}

	static Contact contact(ResultSet rs, int row) throws SQLException {
		return new Contact(rs.getObject("id", UUID.class), ContactQueue.of(rs.getString("queue")).orElseThrow(), rs.getString("channel"),
				rs.getString("topic"), rs.getString("outcome"), Optional.ofNullable(rs.getString("resident")),
				Optional.ofNullable(rs.getString("agent_id")), Optional.ofNullable(rs.getString("department")),
				Optional.ofNullable(rs.getString("note")), Optional.ofNullable((Integer) rs.getObject("minutes")),
				Optional.ofNullable((Integer) rs.getObject("wait_seconds")), Optional.ofNullable(rs.getString("sender")),
				Optional.ofNullable(rs.getString("subject")), rs.getTimestamp("received_at").toInstant());
	}
}
