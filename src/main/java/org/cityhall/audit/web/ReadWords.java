package org.cityhall.audit.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.cityhall.audit.AuditRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a logged read into words in the page's language: the time in the city's zone, and the
 * codes for role, data, purpose and channel as the messages name them. A code without a message
 * is shown as it is, so a module's new code is never lost from the page.
 */
@Component
class ReadWords {

	static final ZoneId CITY_ZONE = ZoneId.of("Europe/Stockholm");

	private final MessageSource messages;

	ReadWords(MessageSource messages) {
		this.messages = messages;
	}

	/** A read as a table row shows it. */
	record Row(String isoTime, String time, String subject, String actor, String actorName, String actorRole,
			String what, String purpose, String channel) {
	}

	Row row(AuditRecord read, Locale locale) {
		ZonedDateTime at = read.at().atZone(CITY_ZONE).truncatedTo(ChronoUnit.SECONDS);
		return new Row(at.toOffsetDateTime().toString(),
				DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).format(at),
				IdentityNumbers.masked(read.subjectId()),
				IdentityNumbers.maskedIfNumber(read.actorId()),
				read.actorName(),
				word("audit.role.", read.actorRole(), locale),
				word("audit.what.", read.what(), locale),
				word("audit.purpose.", read.purpose(), locale),
				word("audit.channel.", read.channel(), locale));
	}

	/**
	 * The words for a code. A code with a detail ({@code case:HP-2026-000123},
	 * {@code consent:care-diary}) is named by its kind with the detail, itself put into words when
	 * it names a kind of data.
	 */
	private String word(String prefix, String code, Locale locale) {
		String whole = messages.getMessage(prefix + code, null, null, locale);
		if (whole != null) {
			return whole;
		}
		int colon = code.indexOf(':');
		if (colon > 0 && colon < code.length() - 1) {
			String detail = code.substring(colon + 1);
			String detailWords = messages.getMessage("audit.what." + detail, null, detail, locale);
			String kind = messages.getMessage(prefix + code.substring(0, colon), new Object[] {detailWords}, null, locale);
			if (kind != null) {
				return kind;
			}
		}
		return code;
	}
}
