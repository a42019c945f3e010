package org.cityhall.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * What staff do with bookings beyond the booker's own rules: cancelling after the deadline, closing a
 * bookable, checking people in, taking in a wedding's certificate. An exception to the rules needs a
 * reason, and is kept with who made it and when, in the booking module's exception log.
 */
@Service
public class StaffActions {

	/** An exception staff made. */
	public record StaffException(String staffId, String what, String reference, String reason, Instant at) {
	}

	private final JdbcClient jdbc;
	private final Bookings bookings;
	private final Resources resources;
	private final BookingRows rows;
	private final Clock clock;

	StaffActions(JdbcClient jdbc, Bookings bookings, Resources resources, BookingRows rows, Clock clock) {
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.resources = resources;
		this.rows = rows;
		this.clock = clock;
	}

	/** Cancels a booking for its booker, whatever the deadline; whether there was one to cancel. */
	@Transactional
	public boolean cancel(String staffId, String reference, String reason) {
		String why = required(reason);
		if (!bookings.cancelAsStaff(reference, staffId, why)) {
			return false;
		}
		record(staffId, "cancel", reference, why);
		return true;
	}

	/** Closes a bookable to new bookings and its waitlist. */
	@Transactional
	public void closeBookable(String staffId, String code, String reason) {
		String why = required(reason);
		resources.closeBookable(code, why);
		record(staffId, "close", code, why);
	}

	/** Closes a resource for good: nothing new can be made bookable in it; bookings already made stand. */
	@Transactional
	public void closeResource(String staffId, String code, String reason) {
		String why = required(reason);
		resources.closeResource(code);
		record(staffId, "close-resource", code, why);
	}

	/** Checks a participant in; whether they were not checked in before. */
	@Transactional
	public boolean checkIn(String reference) {
		return rows.stamp(reference, "checked_in_at", clock.instant());
	}

	/** Takes in a wedding's certificate of no impediment, seen by staff; the booking no longer lapses. */
	@Transactional
	public boolean certificateReceived(String staffId, String reference) {
		boolean taken = rows.stamp(reference, "certificate_at", clock.instant());
		if (taken) {
			record(staffId, "certificate", reference, "certificate of no impediment seen");
		}
		return taken;
	}

	/** The bookings of a bookable that hold a place, by participant: its check-in list. */
	public List<BookingView> checkInList(String code) {
		return resources.bookable(code).map(bookable -> rows.holding(bookable.id())).orElse(List.of());
	}

	/** The exceptions made for a bookable and its bookings, latest first. */
	public List<StaffException> exceptions(String bookableCode) {
		return jdbc.sql("""
				SELECT * FROM booking_exception WHERE reference = :code OR reference IN (
				  SELECT k.reference FROM booking_booking k JOIN booking_bookable b ON b.id = k.bookable_id WHERE b.code = :code)
				ORDER BY at DESC
				""").param("code", bookableCode)
				.query((row, n) -> new StaffException(row.getString("staff_id"), row.getString("what"), row.getString("reference"),
						row.getString("reason"), Resources.instant(row, "at"))).list();
	}

	private void record(String staffId, String what, String reference, String reason) {
		jdbc.sql("INSERT INTO booking_exception (id, staff_id, what, reference, reason, at) VALUES (:id, :staff, :what, :ref, :reason, :at)")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("staff", staffId).param("what", what).param("ref", reference)
				.param("reason", reason).param("at", Resources.utc(clock.instant())).update();
	}

	private static String required(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("an exception to the rules needs its reason");
		}
		return reason.strip();
	}
}
