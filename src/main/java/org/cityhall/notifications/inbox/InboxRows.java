package org.cityhall.notifications.inbox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Inbox entries as the page shows them: in the reader's language, at Stockholm's time. */
@Component
class InboxRows {

	private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

	private final NoticeTexts texts;

	InboxRows(NoticeTexts texts) {
		this.texts = texts;
	}

	Row row(Inbox.Entry entry, Locale locale) {
		// Whole seconds: an HTML time element takes at most milliseconds.
		var at = entry.receivedAt().truncatedTo(ChronoUnit.SECONDS).atZone(CITY_TIME);
		return new Row(entry.id().toString(), texts.subject(entry.template(), entry.arguments(), locale),
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at), DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).format(at),
				entry.unread(), entry.link().filter(InboxRows::isOwnPath).orElse(null));
	}

	String body(Inbox.Entry entry, Locale locale) {
		return texts.body(entry.template(), entry.arguments(), locale);
	}

	/** Only a path on CityHall is a link, never an address elsewhere. */
	static boolean isOwnPath(String link) {
		return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
	}

	/**
	 * @param isoTime when it arrived, for the time element
	 * @param time when it arrived, as read in Stockholm
	 * @param link the path to read more, or null
	 */
	record Row(String id, String subject, String isoTime, String time, boolean unread, String link) {
	}
}
