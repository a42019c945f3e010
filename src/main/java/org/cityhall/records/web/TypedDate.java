package org.cityhall.records.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A date as typed in the three boxes of a date input, kept as typed. */
record TypedDate(String day, String month, String year) {

	TypedDate {
		day = day == null ? "" : day.strip();
		month = month == null ? "" : month.strip();
		year = year == null ? "" : year.strip();
	}

	static TypedDate of(LocalDate date) {
		return new TypedDate(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
				Integer.toString(date.getYear()));
	}

	/** The date, if the three parts are numbers that make a real date. */
	Optional<LocalDate> date() {
		if (!day.matches("[0-9]{1,2}") || !month.matches("[0-9]{1,2}") || !year.matches("[0-9]{4}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}
