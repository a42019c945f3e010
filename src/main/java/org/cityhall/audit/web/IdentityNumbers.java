package org.cityhall.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity numbers as people type them and as pages may show them. A personal identity number is
 * kept as 12 digits ({@code 198504121234}), an organisation number as 10 ({@code 5560001234}).
 */
final class IdentityNumbers {

	private static final Pattern TYPED = Pattern.compile("(\\d{6}|\\d{8})([-+]?)(\\d{4})");
	private static final Pattern STORED = Pattern.compile("\\d{10}|\\d{12}");
	private static final String HIDDEN = "****";

	private IdentityNumbers() {
	}

	/**
	 * The number as the log keeps it, or empty when what was typed is not 10 or 12 digits (with an
	 * optional {@code -} or {@code +} before the last four). Ten digits with a month part of 20 or
	 * more are an organisation number; other ten-digit numbers are a person's, whose century follows
	 * from the separator: {@code +} for those who have turned 100.
	 */
	static Optional<String> normalised(String typed, LocalDate today) {
		Matcher number = TYPED.matcher(typed.replaceAll("\\s", ""));
		if (!number.matches()) {
			return Optional.empty();
		}
		String date = number.group(1);
		String last = number.group(3);
		if (date.length() == 8 || Integer.parseInt(date.substring(2, 4)) >= 20) {
			return Optional.of(date + last);
		}
		boolean hundredOrOlder = "+".equals(number.group(2));
		return Optional.of(century(date, hundredOrOlder, today) + date + last);
	}

	/** The first eight digits of a personal number (six of an organisation number) and {@code -****}. */
	static String masked(String id) {
		if (id == null || !STORED.matcher(id).matches()) {
			return HIDDEN;
		}
		return id.substring(0, id.length() - 4) + "-" + HIDDEN;
	}

	/** The id masked when it is an identity number; a staff id is shown as it is. */
	static String maskedIfNumber(String id) {
		return id != null && STORED.matcher(id).matches() ? masked(id) : id;
	}

	private static String century(String yymmdd, boolean hundredOrOlder, LocalDate today) {
		LocalDate reference = hundredOrOlder ? today.minusYears(100) : today;
		int twoDigits = Integer.parseInt(yymmdd.substring(0, 2));
		int year = reference.getYear() - Math.floorMod(reference.getYear() - twoDigits, 100);
		if (year == reference.getYear() && bornAfter(yymmdd, year, reference)) {
			year -= 100;
		}
		return String.valueOf(year / 100);
	}

	private static boolean bornAfter(String yymmdd, int year, LocalDate reference) {
		int month = Integer.parseInt(yymmdd.substring(2, 4));
		int day = Integer.parseInt(yymmdd.substring(4, 6));
		// A coordination number adds 60 to the day of birth.
		int dayOfMonth = day > 60 ? day - 60 : day;
		try {
			return LocalDate.of(year, month, dayOfMonth).isAfter(reference);
		}
		catch (DateTimeException notADate) {
			return false;
		}
	}
}
