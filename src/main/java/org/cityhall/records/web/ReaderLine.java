package org.cityhall.records.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cityhall.audit.AuditRecord;
import org.springframework.context.MessageSource;

/** One read of a person's diary, as "who read my diary" shows it: when, who, in what capacity. */
record ReaderLine(String isoTime, String time, String name, String role) {

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	static ReaderLine of(AuditRecord read, MessageSource messages, Locale locale) {
		var at = read.at().atZone(ZONE);
		return new ReaderLine(at.toOffsetDateTime().toString(),
				DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).format(at), read.actorName(),
				messages.getMessage("records.diary.reader." + read.actorRole(), null, read.actorRole(), locale));
	}
}
