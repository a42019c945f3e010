package org.cityhall.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Bookings' times as people read them: in Stockholm, to the minute. */
public final class BookingTime {

	/** The city's time zone: bookings are kept as instants and shown here. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private BookingTime() {
	}

	/** {@code 2027-03-27 10:30}: the same in Swedish and English, for notices and lists. */
	public static String local(Instant at) {
		return MINUTE.format(at.atZone(ZONE));
	}
}
