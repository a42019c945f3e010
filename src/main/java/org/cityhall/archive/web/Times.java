package org.cityhall.archive.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the archivists' pages: the city's time zone, to the minute, and ISO-8601 for {@code <time datetime>}. */
final class Times {

	static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(CITY);

	private Times() {
	}

	static String shown(Instant instant) {
		return instant == null ? "" : SHOWN.format(instant);
	}

	static String iso(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
	}
}
