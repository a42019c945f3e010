package org.cityhall.identity.consents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cityhall.identity.ConsentScope;
import org.cityhall.identity.Consents;
import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A consent as typed on the form: every value a string, so whatever was typed can be shown again
 * beside what was wrong with it.
 *
 * @param grantee the relative's personal identity number
 * @param scope the name of a {@link ConsentScope}
 */
record ConsentForm(String grantee, String scope, String lastDayDay, String lastDayMonth, String lastDayYear) {

	static ConsentForm empty() {
		return new ConsentForm(null, null, null, null, null);
	}

	/**
	 * What was wrong with one field.
	 * @param field the field it belongs to: {@code grantee}, {@code scope} or {@code last-day}
	 * @param anchor the id of the input the error summary links to
	 * @param inputs the ids of the inputs to mark as wrong
	 * @param messageKey the message, given {@code arguments}
	 */
	record Problem(String field, String anchor, List<String> inputs, String messageKey, Object... arguments) {
	}

	/** The consent to give, or what stops it. */
	record Checked(List<Problem> problems, PersonalIdentityNumber grantee, ConsentScope scope, LocalDate lastDay) {

		boolean isValid() {
			return problems.isEmpty();
		}
	}

	Checked check(PersonalIdentityNumber me, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		PersonalIdentityNumber number = null;
		try {
			number = PersonalIdentityNumber.parse(grantee, today);
			if (number.equals(me)) {
				problems.add(new Problem("grantee", "grantee", List.of("grantee"), "consents.error.grantee.self"));
				number = null;
			}
		}
		catch (InvalidIdentityNumberException invalid) {
			problems.add(new Problem("grantee", "grantee", List.of("grantee"), invalid.problem().messageKey()));
		}
		Optional<ConsentScope> chosen = Arrays.stream(ConsentScope.values())
				.filter(value -> value.name().equals(scope))
				.findFirst();
		if (chosen.isEmpty()) {
			problems.add(new Problem("scope", "scope", List.of("scope"), "consents.error.scope.missing"));
		}
		LocalDate lastDay = lastDay(today, problems);
		return new Checked(List.copyOf(problems), number, chosen.orElse(null), lastDay);
	}

	private LocalDate lastDay(LocalDate today, List<Problem> problems) {
		List<String> all = List.of("last-day-day", "last-day-month", "last-day-year");
		if (isBlank(lastDayDay) && isBlank(lastDayMonth) && isBlank(lastDayYear)) {
			problems.add(new Problem("last-day", "last-day-day", all, "consents.error.last-day.missing"));
			return null;
		}
		List<String> missing = new ArrayList<>();
		if (isBlank(lastDayDay)) {
			missing.add("last-day-day");
		}
		if (isBlank(lastDayMonth)) {
			missing.add("last-day-month");
		}
		if (isBlank(lastDayYear)) {
			missing.add("last-day-year");
		}
		if (!missing.isEmpty()) {
			problems.add(new Problem("last-day", missing.get(0), List.copyOf(missing), "consents.error.last-day.incomplete"));
			return null;
		}
		LocalDate date = date(lastDayDay.strip(), lastDayMonth.strip(), lastDayYear.strip());
		if (date == null) {
			problems.add(new Problem("last-day", "last-day-day", all, "consents.error.last-day.real"));
			return null;
		}
		if (date.isBefore(today)) {
			problems.add(new Problem("last-day", "last-day-day", all, "consents.error.last-day.past"));
			return null;
		}
		LocalDate latest = Consents.latestLastDay(today);
		if (date.isAfter(latest)) {
			problems.add(new Problem("last-day", "last-day-day", all, "consents.error.last-day.too-far", latest));
			return null;
		}
		return date;
	}

	private static LocalDate date(String day, String month, String year) {
		if (!day.matches("[0-9]{1,2}") || !month.matches("[0-9]{1,2}") || !year.matches("[0-9]{4}")) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException impossible) {
			return null;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
