package org.cityhall.permits.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A day as typed in the permits' forms: year-month-day, spaces around it ignored. */
final class Days {

	private Days() {
	}

	static Optional<LocalDate> parse(String typed) {
		try {
			return Optional.of(LocalDate.parse(typed.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}
}
