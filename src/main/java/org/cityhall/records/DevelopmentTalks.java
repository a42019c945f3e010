package org.cityhall.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.records.PreschoolViews.Child;
import org.cityhall.records.PreschoolViews.TalkTime;
import org.cityhall.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development talks (utvecklingssamtal): the teachers open times, a guardian books one for the child, once
 * per time. Who may is {@link Preschools}' to say.
 */
@Service
public class DevelopmentTalks {

	private final JdbcClient jdbc;
	private final Preschools preschools;
	private final ApplicationEventPublisher events;
	private final RecordsArchive archive;

	DevelopmentTalks(JdbcClient jdbc, Preschools preschools, ApplicationEventPublisher events, RecordsArchive archive) {
		this.jdbc = jdbc;
		this.preschools = preschools;
		this.events = events;
		this.archive = archive;
	}

	/**
	 * A teacher opens a time for development talks.
	 * @throws IllegalArgumentException for a time not in the future, or a length outside 10–120 minutes
	 * @throws IllegalStateException when the pre-school already has a time that starts then
	 */
	@Transactional
	public UUID openTalkTime(Actor staff, String preschool, Instant startsAt, int minutes) {
		preschools.requireStaff(staff, preschool);
		Instant now = preschools.now();
		if (!startsAt.isAfter(now)) {
			throw new IllegalArgumentException("a talk time is opened in the future");
		}
		if (minutes < 10 || minutes > 120) {
			throw new IllegalArgumentException("a talk lasts 10 to 120 minutes, not " + minutes);
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		int added = jdbc.sql("""
				INSERT INTO records_talk_slot (id, preschool, starts_at, minutes, opened_by) VALUES (:id, :p, :at, :minutes, :by)
				ON CONFLICT (preschool, starts_at) DO NOTHING
				""")
				.param("id", id).param("p", preschool).param("at", CareDiaries.utc(startsAt)).param("minutes", minutes)
				.param("by", staff.who().id())
				.update();
		if (added == 0) {
			throw new IllegalStateException("the pre-school already has a talk time at " + startsAt);
		}
		events.publishEvent(new TalkTimeOpened(UuidCreator.getTimeOrderedEpoch(), now, id, preschool, startsAt, minutes,
				staff.who().id(), RecordsArchive.PRESCHOOL_WEEK));
		return id;
	}

	/** The pre-school's talk times from now on, booked ones included, earliest first. */
	public List<TalkTime> talkTimes(String preschool) {
		return jdbc.sql("SELECT id, starts_at, minutes, child IS NOT NULL AS booked FROM records_talk_slot "
						+ "WHERE preschool = :p AND starts_at > :now ORDER BY starts_at")
				.param("p", preschool).param("now", CareDiaries.utc(preschools.now()))
				.query((rs, row) -> new TalkTime(rs.getObject("id", UUID.class), Preschools.instant(rs, "starts_at"), rs.getInt("minutes"),
						rs.getBoolean("booked")))
				.list();
	}

	/** The child's next booked talk, if any. */
	public Optional<TalkTime> bookedTalk(Child child) {
		return jdbc.sql("SELECT id, starts_at, minutes FROM records_talk_slot WHERE child = :c AND starts_at > :now "
						+ "ORDER BY starts_at LIMIT 1")
				.param("c", child.number().value()).param("now", CareDiaries.utc(preschools.now()))
				.query((rs, row) -> new TalkTime(rs.getObject("id", UUID.class), Preschools.instant(rs, "starts_at"), rs.getInt("minutes"), true))
				.optional();
	}

	/**
	 * A guardian books an open talk time of the child's pre-school.
	 * @throws IllegalStateException when the time was taken meanwhile
	 * @throws AccessDeniedException unless the actor is the child's guardian
	 */
	@Transactional
	public void bookTalk(Actor guardian, UUID enrolmentId, UUID slotId) {
		Child child = preschools.childFor(guardian, enrolmentId);
		Instant now = preschools.now();
		Optional<Instant> startsAt = jdbc.sql("""
				UPDATE records_talk_slot SET child = :child, booked_by = :by, booked_at = :now
				 WHERE id = :id AND preschool = :p AND child IS NULL AND starts_at > :now
				RETURNING starts_at
				""")
				.param("child", child.number().value()).param("by", Preschools.person(guardian).orElseThrow().value())
				.param("now", CareDiaries.utc(now)).param("id", slotId).param("p", child.preschool())
				.query((rs, row) -> Preschools.instant(rs, "starts_at"))
				.optional();
		if (startsAt.isEmpty()) {
			throw new IllegalStateException("the talk time is no longer free");
		}
		events.publishEvent(new TalkBooked(UuidCreator.getTimeOrderedEpoch(), now, slotId, child.enrolmentId(), child.number(),
				child.preschool(), startsAt.get(), Preschools.person(guardian).orElseThrow(), archive.preschoolChild()));
	}
}
