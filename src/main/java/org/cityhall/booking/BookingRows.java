package org.cityhall.booking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.web.MyPagesReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.github.f4b6a3.uuid.UuidCreator;

/** The booking table: reading bookings with their bookable, and writing new rows and changes of status. */
@Component
class BookingRows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SELECT = "SELECT " + Resources.BOOKABLE_COLUMNS + """
			, k.reference, k.booker_kind, k.booker_id, k.booker_name, k.participant_kind, k.participant_id,
			k.participant_name, k.status, k.held_until, k.fee AS booking_fee, k.reduction, k.details::text AS details,
			k.certificate_due, k.certificate_at, k.booked_at, k.ended_at, k.ended_reason, k.checked_in_at
			FROM booking_booking k JOIN booking_bookable b ON b.id = k.bookable_id JOIN booking_resource r ON r.id = b.resource_id
			""";

	private final JdbcClient jdbc;

	BookingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The booking under the reference: its live row, or else its latest. */
	Optional<BookingView> find(String reference) {
		return jdbc.sql(SELECT + """
				WHERE k.reference = :reference
				ORDER BY k.status IN ('HELD', 'CONFIRMED') DESC, k.booked_at DESC LIMIT 1
				""").param("reference", reference).query(BookingRows::booking).optional();
	}

	/** The party's bookings as booker, latest row of each reference, soonest first. */
	List<BookingView> ofBooker(Party booker) {
		return jdbc.sql(OF_BOOKER).params(booker.kind(), booker.id()).query(BookingRows::booking).list();
	}

	Supplier<List<BookingView>> ofBooker(Party booker, MyPagesReads reads) {
		return reads.query(OF_BOOKER, BookingRows::booking, booker.kind(), booker.id());
	}

	private static final String OF_BOOKER = SELECT + """
			WHERE k.booker_kind = ? AND k.booker_id = ?
			  AND NOT EXISTS (SELECT 1 FROM booking_booking later WHERE later.reference = k.reference AND later.booked_at > k.booked_at)
			ORDER BY b.starts_at, k.reference""";

	/** Who holds a place in the bookable, for its check-in list: by participant's name. */
	List<BookingView> holding(UUID bookableId) {
		return jdbc.sql(SELECT + """
				WHERE k.bookable_id = :id AND k.status IN ('HELD', 'CONFIRMED')
				ORDER BY k.participant_name, k.reference
				""").param("id", bookableId).query(BookingRows::booking).list();
	}

	/** Whether the participant holds a place in the bookable. */
	boolean holds(UUID bookableId, Party participant) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM booking_booking WHERE bookable_id = :id AND status IN ('HELD', 'CONFIRMED')
				               AND participant_kind = :kind AND participant_id = :pid)
				""").param("id", bookableId).param("kind", participant.kind()).param("pid", participant.id())
				.query(Boolean.class).single();
	}

	/** Live bookings matching a condition on {@code k} and {@code b}, for housekeeping. */
	List<BookingView> where(String condition, Instant now) {
		return jdbc.sql(SELECT + "WHERE " + condition + " ORDER BY k.booked_at").param("now", Resources.utc(now))
				.query(BookingRows::booking).list();
	}

	/** Writes a new row; the database counts its place and refuses it beyond the capacity. */
	void insert(UUID bookableId, String reference, Party booker, Party participant, BookingView.Status status,
			Optional<Instant> heldUntil, Optional<Money> fee, Optional<String> reduction, Map<String, String> details,
			Optional<Instant> certificateDue, boolean certificateGiven, Instant now) {
		jdbc.sql("""
				INSERT INTO booking_booking (id, reference, bookable_id, booker_kind, booker_id, booker_name, participant_kind,
				        participant_id, participant_name, status, held_until, fee, reduction, details, certificate_due,
				        certificate_at, booked_at)
				VALUES (:id, :reference, :bookable, :bookerKind, :bookerId, :bookerName, :participantKind, :participantId,
				        :participantName, :status, :heldUntil, :fee, :reduction, CAST(:details AS jsonb), :due, :certificateAt, :now)
				""").param("id", UuidCreator.getTimeOrderedEpoch()).param("reference", reference).param("bookable", bookableId)
				.param("bookerKind", booker.kind()).param("bookerId", booker.id()).param("bookerName", name(booker))
				.param("participantKind", participant.kind()).param("participantId", participant.id())
				.param("participantName", name(participant)).param("status", status.name())
				.param("heldUntil", heldUntil.map(Resources::utc).orElse(null))
				.param("fee", fee.map(Money::amount).orElse(null)).param("reduction", reduction.orElse(null))
				.param("details", json(details)).param("due", certificateDue.map(Resources::utc).orElse(null))
				.param("certificateAt", certificateGiven ? Resources.utc(now) : null).param("now", Resources.utc(now)).update();
	}

	/** Ends the live row of the reference if it is in one of the states given; whether it did. */
	boolean end(String reference, BookingView.Status from, BookingView.Status to, String reason, Instant now) {
		return jdbc.sql("""
				UPDATE booking_booking SET status = :to, ended_at = :now, ended_reason = :reason
				WHERE reference = :reference AND status = :from
				""").param("to", to.name()).param("now", Resources.utc(now)).param("reason", reason)
				.param("reference", reference).param("from", from.name()).update() == 1;
	}

	/** Confirms a place held from the waitlist, with its fee; whether it was still held. */
	boolean confirm(String reference, Optional<Money> fee, Optional<String> reduction) {
		return jdbc.sql("""
				UPDATE booking_booking SET status = 'CONFIRMED', held_until = NULL, fee = :fee, reduction = :reduction
				WHERE reference = :reference AND status = 'HELD'
				""").param("fee", fee.map(Money::amount).orElse(null)).param("reduction", reduction.orElse(null))
				.param("reference", reference).update() == 1;
	}

	/** Sets a column of the live row to now; whether it was set (it was not set before). */
	boolean stamp(String reference, String column, Instant now) {
		if (!List.of("certificate_at", "checked_in_at", "reminded_at").contains(column)) {
			throw new IllegalArgumentException("no such time on a booking: " + column);
		}
		return jdbc.sql("UPDATE booking_booking SET " + column + " = :now WHERE reference = :reference AND " + column
				+ " IS NULL AND status IN ('HELD', 'CONFIRMED')").param("now", Resources.utc(now)).param("reference", reference)
				.update() == 1;
	}

	/** Counts a warning sent; whether this call moved the count from the number given. */
	boolean warned(String reference, int from) {
		return jdbc.sql("UPDATE booking_booking SET warnings_sent = :to WHERE reference = :reference AND warnings_sent = :from"
				+ " AND status = 'CONFIRMED'").param("to", from + 1).param("reference", reference).param("from", from)
				.update() == 1;
	}

	int warningsSent(String reference) {
		return jdbc.sql("SELECT warnings_sent FROM booking_booking WHERE reference = :reference AND status = 'CONFIRMED'")
				.param("reference", reference).query(Integer.class).optional().orElse(0);
	}

	/** Locks the bookable's row until the transaction ends: one booker of a bookable at a time. */
	Optional<Bookable> lock(String code) {
		return jdbc.sql("SELECT " + Resources.BOOKABLE_COLUMNS + Resources.BOOKABLE_FROM + "WHERE b.code = :code FOR UPDATE OF b")
				.param("code", code).query(Resources::bookable).optional();
	}

	static Party party(ResultSet row, String prefix) throws SQLException {
		return Party.of(row.getString(prefix + "_kind"), row.getString(prefix + "_id"), row.getString(prefix + "_name"));
	}

	static String name(Party party) {
		return party instanceof Party.Visitor ? null : party.displayName();
	}

	private static BookingView booking(ResultSet row, int number) throws SQLException {
		BigDecimal fee = row.getBigDecimal("booking_fee");
		return new BookingView(row.getString("reference"), Resources.bookable(row, number), party(row, "booker"),
				party(row, "participant"), BookingView.Status.valueOf(row.getString("status")),
				Optional.ofNullable(Resources.instant(row, "held_until")),
				Optional.ofNullable(fee).map(amount -> Money.sek(amount.toPlainString())),
				Optional.ofNullable(row.getString("reduction")), details(row.getString("details")),
				Optional.ofNullable(Resources.instant(row, "certificate_due")),
				Optional.ofNullable(Resources.instant(row, "certificate_at")), Resources.instant(row, "booked_at"),
				Optional.ofNullable(Resources.instant(row, "ended_at")), Optional.ofNullable(row.getString("ended_reason")),
				Optional.ofNullable(Resources.instant(row, "checked_in_at")));
	}

	private static String json(Map<String, String> details) {
		return JSON.writeValueAsString(new LinkedHashMap<>(details));
	}

	private static Map<String, String> details(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}
}
