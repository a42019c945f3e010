package org.cityhall.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.shared.Party;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The waitlists of full bookables. A place that comes free goes to the first who waits, at once, as an
 * offer held for {@code cityhall.booking.offer-window} (48 hours unless set): the place counts as taken
 * while held, so no one jumps the queue, and an offer not confirmed in time passes to the next.
 */
@Component
class Waitlists {

	/** Someone waiting, or offered a place. */
	record Place(String reference, UUID bookableId, Party booker, Party participant, String status, int position) {
	}

	private final JdbcClient jdbc;
	private final BookingRows rows;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration offerWindow;

	Waitlists(JdbcClient jdbc, BookingRows rows, ApplicationEventPublisher events, Clock clock,
			@Value("${cityhall.booking.offer-window:48h}") Duration offerWindow) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.events = events;
		this.clock = clock;
		this.offerWindow = offerWindow;
	}

	/** Puts the participant last on the bookable's waitlist (the bookable is locked); their position. */
	int join(Bookable bookable, String reference, Party booker, Party participant) {
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO booking_waitlist (id, reference, bookable_id, booker_kind, booker_id, booker_name, participant_kind,
				                              participant_id, participant_name, status, joined_at)
				VALUES (:id, :reference, :bookable, :bookerKind, :bookerId, :bookerName, :participantKind, :participantId,
				        :participantName, 'WAITING', :now)
				""").param("id", UuidCreator.getTimeOrderedEpoch()).param("reference", reference)
				.param("bookable", bookable.id()).param("bookerKind", booker.kind()).param("bookerId", booker.id())
				.param("bookerName", BookingRows.name(booker)).param("participantKind", participant.kind())
				.param("participantId", participant.id()).param("participantName", BookingRows.name(participant))
				.param("now", Resources.utc(now)).update();
		int position = position(reference).orElseThrow();
		events.publishEvent(new WaitlistJoined(UuidCreator.getTimeOrderedEpoch(),
				new BookingFacts(reference, bookable.code(), bookable.title(), bookable.startsAt(), booker, participant,
						bookable.department()), position, now));
		return position;
	}

	/** Whether the participant already waits for the bookable. */
	boolean waits(UUID bookableId, Party participant) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM booking_waitlist WHERE bookable_id = :id AND status = 'WAITING'
				               AND participant_kind = :kind AND participant_id = :pid)
				""").param("id", bookableId).param("kind", participant.kind()).param("pid", participant.id())
				.query(Boolean.class).single();
	}

	/** The position of a waiting reference: 1 is next. */
	Optional<Integer> position(String reference) {
		return jdbc.sql("""
				SELECT count(*) FROM booking_waitlist mine JOIN booking_waitlist ahead
				  ON ahead.bookable_id = mine.bookable_id AND ahead.status = 'WAITING' AND ahead.position_order <= mine.position_order
				WHERE mine.reference = :reference AND mine.status = 'WAITING'
				""").param("reference", reference).query(Integer.class).optional().filter(position -> position > 0);
	}

	/** Leaves the waitlist; whether the reference was waiting. */
	boolean leave(String reference, Party booker) {
		return jdbc.sql("""
				UPDATE booking_waitlist SET status = 'LEFT'
				WHERE reference = :reference AND status = 'WAITING' AND booker_kind = :kind AND booker_id = :id
				""").param("reference", reference).param("kind", booker.kind()).param("id", booker.id()).update() == 1;
	}

	/** The party's places on waitlists, as booker. */
	List<Place> of(Party booker) {
		return jdbc.sql(OF_BOOKER).params(booker.kind(), booker.id()).query(Waitlists::place).list();
	}

	Supplier<List<Place>> of(Party booker, MyPagesReads reads) {
		return reads.query(OF_BOOKER, Waitlists::place, booker.kind(), booker.id());
	}

	private static final String OF_BOOKER = """
			SELECT w.*, (SELECT count(*) FROM booking_waitlist a WHERE a.bookable_id = w.bookable_id AND a.status = 'WAITING'
			                                                      AND a.position_order <= w.position_order) AS position
			FROM booking_waitlist w WHERE w.booker_kind = ? AND w.booker_id = ? AND w.status = 'WAITING'
			ORDER BY w.joined_at""";

	/** Those waiting for a bookable, first first. */
	List<Place> waiting(UUID bookableId) {
		return jdbc.sql("""
				SELECT w.*, row_number() OVER (ORDER BY w.position_order) AS position FROM booking_waitlist w
				WHERE w.bookable_id = :id AND w.status = 'WAITING' ORDER BY w.position_order
				""").param("id", bookableId).query(Waitlists::place).list();
	}

	/**
	 * Offers every free place of the bookable to those first in line, each held until the offer window
	 * ends (never past the start). The bookable must be locked by the caller.
	 */
	void promote(Bookable locked) {
		Instant now = clock.instant();
		if (!now.isBefore(locked.startsAt()) || locked.isClosed()) {
			return;
		}
		int free = locked.free();
		Instant heldUntil = now.plus(offerWindow).isBefore(locked.startsAt()) ? now.plus(offerWindow) : locked.startsAt();
		for (Place next : waiting(locked.id()).stream().limit(Math.max(free, 0)).toList()) {
			jdbc.sql("UPDATE booking_waitlist SET status = 'OFFERED' WHERE reference = :reference AND status = 'WAITING'")
					.param("reference", next.reference()).update();
			rows.insert(locked.id(), next.reference(), next.booker(), next.participant(), BookingView.Status.HELD,
					Optional.of(heldUntil), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), false, now);
			events.publishEvent(new PlaceOffered(UuidCreator.getTimeOrderedEpoch(),
					new BookingFacts(next.reference(), locked.code(), locked.title(), locked.startsAt(), next.booker(),
							next.participant(), locked.department()), heldUntil, now));
		}
	}

	private static Place place(ResultSet row, int number) throws SQLException {
		return new Place(row.getString("reference"), row.getObject("bookable_id", UUID.class), BookingRows.party(row, "booker"),
				BookingRows.party(row, "participant"), row.getString("status"), row.getInt("position"));
	}
}
