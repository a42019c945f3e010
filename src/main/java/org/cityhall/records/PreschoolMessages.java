package org.cityhall.records;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.records.PreschoolViews.Child;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation between a pre-school and a child's guardians: the staff write to the guardians, a
 * guardian answers, both see the whole conversation. Who may is {@link Preschools}' to say: a guardian of
 * the child today, or staff of the child's pre-school. Each message is filed ({@link MessageSent}).
 */
@Service
public class PreschoolMessages {

	/** The longest message, in characters. */
	public static final int MAX_LENGTH = 2000;

	private final JdbcClient jdbc;
	private final Preschools preschools;
	private final ApplicationEventPublisher events;
	private final RecordsArchive archive;
	private final Clock clock;

	PreschoolMessages(JdbcClient jdbc, Preschools preschools, ApplicationEventPublisher events, RecordsArchive archive,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.preschools = preschools;
		this.events = events;
		this.archive = archive;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** One message of a conversation. */
	public record Message(UUID id, boolean fromStaff, String from, String body, Instant sentAt) {
	}

	/**
	 * A guardian answers, or writes first, in the child's conversation.
	 * @throws AccessDeniedException unless the actor is the child's guardian
	 * @throws IllegalArgumentException for an empty message or one longer than {@value #MAX_LENGTH} characters
	 */
	@Transactional
	public UUID writeAsGuardian(Actor guardian, UUID enrolmentId, String body) {
		return write(preschools.childFor(guardian, enrolmentId), false, guardian.who(), body);
	}

	/**
	 * Staff of the child's pre-school write to the child's guardians.
	 * @throws AccessDeniedException unless the actor is staff of the child's pre-school
	 */
	@Transactional
	public UUID writeAsStaff(Actor staff, UUID enrolmentId, String body) {
		return write(preschools.childForStaff(staff, enrolmentId), true, staff.who(), body);
	}

	/** The child's conversation, oldest first, for a guardian (the read audited by {@link Preschools#childFor}). */
	public List<Message> conversation(Child child) {
		return jdbc.sql("SELECT id, from_kind, from_name, body, sent_at FROM records_message WHERE child = :c ORDER BY sent_at, id")
				.param("c", child.number().value())
				.query((rs, row) -> new Message(rs.getObject("id", UUID.class), rs.getString("from_kind").equals("staff"),
						rs.getString("from_name"), rs.getString("body"), rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
				.list();
	}

	private UUID write(Child child, boolean fromStaff, Party from, String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("a message has 1 to " + MAX_LENGTH + " characters");
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				INSERT INTO records_message (id, child, preschool, from_kind, from_id, from_name, body, sent_at)
				VALUES (:id, :child, :p, :kind, :fromId, :fromName, :body, :now)
				""")
				.param("id", id).param("child", child.number().value()).param("p", child.preschool())
				.param("kind", fromStaff ? "staff" : "guardian").param("fromId", from.id()).param("fromName", from.displayName())
				.param("body", text).param("now", CareDiaries.utc(now))
				.update();
		events.publishEvent(new MessageSent(UuidCreator.getTimeOrderedEpoch(), now, id, child.enrolmentId(), child.number(),
				child.preschool(), fromStaff, from.id(), archive.preschoolChild()));
		return id;
	}
}
