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

import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.ApplicationEventPublisher;
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
	private final HandOvers handOvers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ContactLog(JdbcClient jdbc, HandOvers handOvers, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.handOvers = handOvers;
		this.events = events;
		this.clock = clock;
	}

	/** What an agent logs after a call or a visit, or when answering an e-mail. */
	public record Entry(ContactQueue queue, String channel, String topic, String outcome, Optional<String> resident, String agentId,
			Optional<String> department, Optional<String> note, int minutes, Optional<Integer> waitSeconds) {

		public Entry {
			Contact.check(channel, topic, outcome, department, note);
			if (minutes < 0 || waitSeconds.orElse(0) < 0) {
				throw new IllegalArgumentException("times are zero or more");
			}
		}
	}

	/** Logs the contact; one handed over is handed to its department with the note, in the same transaction. */
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
		if (entry.outcome().equals("handed-over")) {
			handOvers.open(id, entry.department().orElseThrow(), entry.note().orElseThrow().strip(), entry.agentId(),
					entry.resident().map(PersonalIdentityNumber::parse), Optional.empty());
		}
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

	/**
	 * How an agent answers an e-mail contact.
	 *
	 * @param handOverNote what the department should know, for a hand-over
	 * @param reply what to send back to the sender, if anything
	 */
	public record EmailAnswer(String topic, String outcome, Optional<String> department, Optional<String> handOverNote,
			Optional<String> reply, int minutes) {

		public EmailAnswer {
			Contact.check("email", topic, outcome, department, handOverNote);
			if (minutes < 0) {
				throw new IllegalArgumentException("times are zero or more");
			}
			reply = reply.map(String::strip).filter(r -> !r.isEmpty());
		}
	}

	/**
	 * An agent answers an e-mail contact: its topic and outcome, the time from its arrival to the answer, the
	 * hand-over to a department and the reply to its sender, sent through notifications.
	 */
	@Transactional
	public void answerEmail(UUID id, String agentId, EmailAnswer answer) {
		Contact contact = find(id).filter(c -> c.channel().equals("email") && c.outcome().equals("open"))
				.orElseThrow(() -> new IllegalStateException("contact " + id + " is already answered or is no e-mail"));
		if (answer.reply().isPresent() && contact.sender().filter(s -> !s.isBlank()).isEmpty()) {
			throw new IllegalStateException("contact " + id + " has no sender to reply to");
		}
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				UPDATE contact_contact SET topic = :topic, outcome = :outcome, agent_id = :agent, department = :department, minutes = :minutes,
				  wait_seconds = greatest(0, extract(epoch FROM (:now - received_at))::int), logged_at = :now,
				  reply = :reply, replied_at = CASE WHEN :reply::text IS NULL THEN NULL ELSE :now::timestamptz END
				WHERE id = :id AND outcome = 'open'
				""").param("topic", answer.topic()).param("outcome", answer.outcome()).param("agent", agentId)
				.param("department", answer.department().orElse(null)).param("minutes", answer.minutes()).param("now", Timestamp.from(now))
				.param("reply", answer.reply().orElse(null)).param("id", id).update();
		if (updated == 0) {
			throw new IllegalStateException("contact " + id + " is already answered");
		}
		// The e-mail's own Message-ID, so the reply is in its conversation; one made up for an e-mail without one is not.
		Optional<String> answered = contact.messageId().filter(messageId -> messageId.startsWith("<"));
		answer.reply().ifPresent(reply -> events.publishEvent(new EmailReplied(id, contact.queue().code(), contact.sender().orElseThrow(),
				contact.subject().orElse(""), reply, agentId, now, answered)));
		if (answer.outcome().equals("handed-over")) {
			handOvers.open(id, answer.department().orElseThrow(), answer.handOverNote().orElseThrow().strip(), agentId,
					contact.resident().map(PersonalIdentityNumber::parse), contact.sender());
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
				Optional.ofNullable(rs.getString("subject")), rs.getTimestamp("received_at").toInstant(), Optional.ofNullable(rs.getString("reply")),
				Optional.ofNullable(rs.getTimestamp("replied_at")).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("message_id")));
	}
}
