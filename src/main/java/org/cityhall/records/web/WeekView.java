package org.cityhall.records.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cityhall.records.PreschoolViews.Day;

/** A pre-school's published week as pages show it: each day named in the reader's language. */
record WeekView(List<Line> days) {

	record Line(String id, String name, String activities, String menu) {
	}

	static WeekView of(List<Day> days, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		return new WeekView(days.stream().map(d -> new Line("day-" + d.day(), capitalised(format.format(d.day()), locale),
				d.activities(), d.menu())).toList());
	}

	private static String capitalised(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}
}
