package org.cityhall.records.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.cityhall.records.DiaryEntry;
import org.cityhall.records.DiaryMonth;

/** A diary's month as its page shows it: times in Stockholm in the reader's language. */
record DiaryView(String name, String monthName, String earlier, String earlierName, String later, String laterName,
		List<Line> standing, List<Line> notes) {

	private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Stockholm");

	record Line(String isoTime, String time, String kind, String measure, String note, String performedBy) {
	}

	static DiaryView of(DiaryMonth month, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		return new DiaryView(month.diary().displayName(), monthName(month.month(), locale),
				month.earlier().map(YearMonth::toString).orElse(null), month.earlier().map(m -> monthName(m, locale)).orElse(null),
				month.later().map(YearMonth::toString).orElse(null), month.later().map(m -> monthName(m, locale)).orElse(null),
				month.standing().stream().map(e -> line(e, day)).toList(),
				month.notes().stream().map(e -> line(e, format)).toList());
	}

	static String monthName(YearMonth month, Locale locale) {
		return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
	}

	private static Line line(DiaryEntry entry, DateTimeFormatter format) {
		var at = entry.occurredAt().atZone(ZONE);
		return new Line(at.toOffsetDateTime().toString(), format.format(at), entry.kind().code(), entry.measure(), entry.note(),
				entry.performedBy());
	}
}
