package org.cityhall.placement.web;

import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityhall.placement.Grade;
import org.cityhall.placement.PlacementRounds;
import org.cityhall.placement.Round;

/**
 * A round as an officer types it: the name, the school year, the grades, the application window by day (open
 * from the first day's start to the last day's end), the publication day, the reference date, the lottery seed
 * (drawn when left empty) and the rule for unconfirmed applications. Everything typed comes back on error.
 */
record RoundForm(String name, String schoolYear, List<String> grades, String opensDay, String opensMonth, String opensYear,
		String closesDay, String closesMonth, String closesYear, String publishesDay, String publishesMonth,
		String publishesYear, String referenceDay, String referenceMonth, String referenceYear, String seed,
		String unconfirmed) {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
	private static final SecureRandom SEEDS = new SecureRandom();


	RoundForm {
		grades = grades == null ? List.of() : List.copyOf(grades);
	}

	/** An empty form for a new round: every grade, unconfirmed applications allocated. */
	static RoundForm blank() {
		return new RoundForm("", "", List.of("f", "4", "7"), "", "", "", "", "", "", "", "", "", "", "", "", "", "include");
	}

	/** The form as the round stands: the last day of the window is the day before it closes at midnight. */
	static RoundForm of(Round round) {
		LocalDate opens = LocalDate.ofInstant(round.opensAt(), STOCKHOLM);
		LocalDate closes = LocalDate.ofInstant(round.closesAt().minusNanos(1), STOCKHOLM);
		LocalDate publishes = LocalDate.ofInstant(round.publishesAt(), STOCKHOLM);
		LocalDate reference = round.referenceDate();
		return new RoundForm(round.name(), String.valueOf(round.schoolYear()),
				round.grades().stream().map(Grade::code).toList(), day(opens), month(opens), year(opens), day(closes),
				month(closes), year(closes), day(publishes), month(publishes), year(publishes), day(reference), month(reference),
				year(reference), Long.toString(round.seed()), round.unconfirmed().name().toLowerCase(java.util.Locale.ROOT));
	}

	/** The problems with what was typed, by field (the id the error summary links to), in the form's order. */
	Map<String, Problem> problems() {
		Map<String, Problem> problems = new LinkedHashMap<>();
		String typedName = text(name);
		if (typedName.isEmpty() || typedName.length() > 100) {
			problems.put("name", new Problem("placement.round.error.name"));
		}
		Optional<Integer> year = typedYear();
		if (year.isEmpty()) {
			problems.put("schoolYear", new Problem("placement.round.error.school-year"));
		}
		if (chosenGrades().isEmpty()) {
			problems.put("grades", new Problem("placement.round.error.grades"));
		}
		Optional<LocalDate> opens = date(opensDay, opensMonth, opensYear);
		Optional<LocalDate> closes = date(closesDay, closesMonth, closesYear);
		Optional<LocalDate> publishes = date(publishesDay, publishesMonth, publishesYear);
		Optional<LocalDate> reference = date(referenceDay, referenceMonth, referenceYear);
		if (opens.isEmpty()) {
			problems.put("opens", new Problem("placement.round.error.opens"));
		}
		if (closes.isEmpty()) {
			problems.put("closes", new Problem("placement.round.error.closes"));
		}
		else if (opens.isPresent() && closes.get().isBefore(opens.get())) {
			problems.put("closes", new Problem("placement.round.error.closes-before-opens", opens.get()));
		}
		if (publishes.isEmpty()) {
			problems.put("publishes", new Problem("placement.round.error.publishes"));
		}
		else if (closes.isPresent() && !publishes.get().isAfter(closes.get())) {
			problems.put("publishes", new Problem("placement.round.error.publishes-before-closing", closes.get()));
		}
		else if (year.isPresent() && !publishes.get().isBefore(LocalDate.of(year.get(), 8, 1))) {
			problems.put("publishes", new Problem("placement.round.error.publishes-after-start", year.get()));
		}
		if (reference.isEmpty()) {
			problems.put("reference", new Problem("placement.round.error.reference"));
		}
		else if (closes.isPresent() && reference.get().isAfter(closes.get())) {
			problems.put("reference", new Problem("placement.round.error.reference-after-closing", closes.get()));
		}
		else if (opens.isPresent() && reference.get().isBefore(opens.get().minusYears(1))) {
			problems.put("reference", new Problem("placement.round.error.reference-too-early", opens.get().minusYears(1)));
		}
		if (!text(seed).isEmpty() && seedTyped().isEmpty()) {
			problems.put("seed", new Problem("placement.round.error.seed"));
		}
		if (unconfirmedRule().isEmpty()) {
			problems.put("unconfirmed", new Problem("placement.round.error.unconfirmed"));
		}
		return problems;
	}

	/** The terms typed; only when {@link #problems()} found none. A seed left empty is drawn here. */
	PlacementRounds.Terms terms() {
		LocalDate opens = date(opensDay, opensMonth, opensYear).orElseThrow();
		LocalDate closes = date(closesDay, closesMonth, closesYear).orElseThrow();
		LocalDate publishes = date(publishesDay, publishesMonth, publishesYear).orElseThrow();
		long drawn = seedTyped().orElseGet(() -> Math.floorMod(SEEDS.nextLong(), 1_000_000_000_000_000L));
		return new PlacementRounds.Terms(text(name), typedYear().orElseThrow(), chosenGrades(),
				opens.atStartOfDay(STOCKHOLM).toInstant(), closes.plusDays(1).atStartOfDay(STOCKHOLM).toInstant(),
				publishes.atStartOfDay(STOCKHOLM).toInstant(), date(referenceDay, referenceMonth, referenceYear).orElseThrow(),
				drawn, unconfirmedRule().orElseThrow());
	}

	Set<Grade> chosenGrades() {
		Set<Grade> chosen = EnumSet.noneOf(Grade.class);
		grades.forEach(code -> Grade.ofCode(code).ifPresent(chosen::add));
		return chosen;
	}

	private Optional<Integer> typedYear() {
		String typed = text(schoolYear);
		if (!typed.matches("\\d{4}")) {
			return Optional.empty();
		}
		int year = Integer.parseInt(typed);
		return year >= 2000 && year <= 2100 ? Optional.of(year) : Optional.empty();
	}

	/** A seed typed: a whole number from 0 up, at most 15 digits (so it survives a spreadsheet). */
	private Optional<Long> seedTyped() {
		String typed = text(seed).replace(" ", "");
		return typed.matches("\\d{1,15}") ? Optional.of(Long.parseLong(typed)) : Optional.empty();
	}

	private Optional<Round.Unconfirmed> unconfirmedRule() {
		for (Round.Unconfirmed rule : Round.Unconfirmed.values()) {
			if (rule.name().equalsIgnoreCase(text(unconfirmed))) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

	static Optional<LocalDate> date(String day, String month, String year) {
		String d = text(day);
		String m = text(month);
		String y = text(year);
		if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String text(String typed) {
		return typed == null ? "" : typed.strip();
	}

	private static String day(LocalDate date) {
		return String.valueOf(date.getDayOfMonth());
	}

	private static String month(LocalDate date) {
		return String.valueOf(date.getMonthValue());
	}

	private static String year(LocalDate date) {
		return String.valueOf(date.getYear());
	}
}
