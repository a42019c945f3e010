package org.cityhall.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's search of the audit log as typed: every value a string, so whatever was typed
 * can be shown again beside what was wrong with it.
 */
record SearchForm(String subject, String actor, String what, String fromDay, String fromMonth, String fromYear,
		String toDay, String toMonth, String toYear, String page) {

	static final int MAX_TEXT_LENGTH = 100;
	private static final int MAX_PAGE = 10_000;

	/**
	 * What was wrong with one field.
	 * @param field the field it belongs to: {@code subject}, {@code actor}, {@code what}, {@code from}, {@code to}
	 * @param anchor the id of the input the error summary links to
	 * @param inputs the ids of the inputs to mark as wrong
	 * @param messageKey the message, given {@code arguments}
	 */
	record Problem(String field, String anchor, List<String> inputs, String messageKey, Object... arguments) {
	}

	/** The search as the log understands it, or what stops it; the dates are days in the city's time zone. */
	record Checked(List<Problem> problems, String subjectId, String actorId, String whatPrefix, LocalDate from,
			LocalDate to, int page) {

		boolean isValid() {
			return problems.isEmpty();
		}
	}

	Checked check(LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		String subjectId = null;
		if (!isBlank(subject)) {
			Optional<String> number = IdentityNumbers.normalised(subject, today);
			if (number.isPresent()) {
				subjectId = number.get();
			}
			else {
				problems.add(new Problem("subject", "subject", List.of("subject"), "audit.search.error.subject.digits"));
			}
		}
		String actorId = trimmed(actor);
		if (actorId != null && actorId.length() > MAX_TEXT_LENGTH) {
			problems.add(new Problem("actor", "actor", List.of("actor"), "audit.search.error.actor.too-long", MAX_TEXT_LENGTH));
			actorId = null;
		}
		else if (actorId != null) {
			// A relative or agent is logged by their 12-digit number, however it was typed.
			actorId = IdentityNumbers.normalised(actorId, today).orElse(actorId);
		}
		String whatPrefix = trimmed(what);
		if (whatPrefix != null && whatPrefix.length() > MAX_TEXT_LENGTH) {
			problems.add(new Problem("what", "what", List.of("what"), "audit.search.error.what.too-long", MAX_TEXT_LENGTH));
			whatPrefix = null;
		}
		LocalDate from = date("from", fromDay, fromMonth, fromYear, problems);
		LocalDate to = date("to", toDay, toMonth, toYear, problems);
		if (from != null && to != null && from.isAfter(to)) {
			problems.add(new Problem("from", "from-day", dateInputs("from"), "audit.search.error.from.after-to"));
		}
		return new Checked(List.copyOf(problems), subjectId, actorId, whatPrefix, from, to, pageNumber());
	}

	/** The address of another page of the same search. */
	String pageUrl(String path, int number) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("subject", subject);
		values.put("actor", actor);
		values.put("what", what);
		values.put("fromDay", fromDay);
		values.put("fromMonth", fromMonth);
		values.put("fromYear", fromYear);
		values.put("toDay", toDay);
		values.put("toMonth", toMonth);
		values.put("toYear", toYear);
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		values.forEach((name, value) -> {
			if (!isBlank(value)) {
				url.queryParam(name, value);
			}
		});
		return url.queryParam("page", number).encode().build().toUriString();
	}

	private int pageNumber() {
		if (isBlank(page) || !page.trim().matches("\\d{1,5}")) {
			return 1;
		}
		return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(page.trim())));
	}

	private static LocalDate date(String field, String day, String month, String year, List<Problem> problems) {
		if (isBlank(day) && isBlank(month) && isBlank(year)) {
			return null;
		}
		List<String> missing = new ArrayList<>();
		List<MessageSourceResolvable> missingParts = new ArrayList<>();
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("day", day);
		parts.put("month", month);
		parts.put("year", year);
		parts.forEach((part, value) -> {
			if (isBlank(value)) {
				missing.add(field + "-" + part);
				missingParts.add(new DefaultMessageSourceResolvable("audit.date.part." + part));
			}
		});
		if (!missing.isEmpty()) {
			// "must include a month", "must include a day and year", as the design system words it
			problems.add(new Problem(field, missing.get(0), List.copyOf(missing),
					"audit.search.error." + field + ".missing." + missing.size(), missingParts.toArray()));
			return null;
		}
		String d = day.trim();
		String m = month.trim();
		String y = year.trim();
		if (d.matches("\\d{1,2}") && m.matches("\\d{1,2}") && y.matches("\\d{4}")) {
			try {
				return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
			}
			catch (DateTimeException impossible) {
				// falls through to the message below
			}
		}
		problems.add(new Problem(field, field + "-day", dateInputs(field), "audit.search.error." + field + ".real"));
		return null;
	}

	private static List<String> dateInputs(String field) {
		return List.of(field + "-day", field + "-month", field + "-year");
	}

	private static String trimmed(String value) {
		return isBlank(value) ? null : value.trim();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
