package org.cityhall.placement.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityhall.placement.Grade;
import org.cityhall.placement.PriorityRule;
import org.cityhall.placement.School;
import org.cityhall.placement.SchoolRegister;
import org.cityhall.shared.Position;

/**
 * A school as an officer types it: name, who runs it, district, street address, where it is in SWEREF 99 TM
 * (easting and northing in metres, as the city's maps give them; the map fills them in for those with script),
 * the grades it offers and, for an independent school, its own priority rules in order. Everything typed comes
 * back on error.
 */
record SchoolForm(String name, String runBy, String district, String address, String easting, String northing,
		List<String> grades, String rule1, String rule2, String rule3) {


	SchoolForm {
		grades = grades == null ? List.of() : List.copyOf(grades);
	}

	static SchoolForm blank() {
		return new SchoolForm("", "", "", "", "", "", List.of(), "", "", "");
	}

	static SchoolForm of(School school) {
		List<String> rules = school.municipal() ? List.of() : school.rules().stream().map(PriorityRule::code).toList();
		return new SchoolForm(school.name(), school.municipal() ? "municipal" : "independent", school.district(), school.address(),
				metres(school.position().easting()), metres(school.position().northing()),
				school.grades().stream().map(Grade::code).toList(), rules.size() > 0 ? rules.get(0) : "",
				rules.size() > 1 ? rules.get(1) : "", rules.size() > 2 ? rules.get(2) : "");
	}

	Map<String, Problem> problems() {
		Map<String, Problem> problems = new LinkedHashMap<>();
		String typedName = text(name);
		if (typedName.isEmpty() || typedName.length() > 100) {
			problems.put("name", new Problem("placement.school.error.name"));
		}
		if (!text(runBy).equals("municipal") && !text(runBy).equals("independent")) {
			problems.put("runBy", new Problem("placement.school.error.run-by"));
		}
		if (text(district).isEmpty() || text(district).length() > 100) {
			problems.put("district", new Problem("placement.school.error.district"));
		}
		if (text(address).isEmpty() || text(address).length() > 200) {
			problems.put("address", new Problem("placement.school.error.address"));
		}
		Optional<Double> east = number(easting);
		Optional<Double> north = number(northing);
		if (east.isEmpty()) {
			problems.put("easting", new Problem("placement.school.error.easting"));
		}
		if (north.isEmpty()) {
			problems.put("northing", new Problem("placement.school.error.northing"));
		}
		if (east.isPresent() && north.isPresent() && position().isEmpty()) {
			problems.put("easting", new Problem("placement.school.error.outside-sweden"));
		}
		if (chosenGrades().isEmpty()) {
			problems.put("grades", new Problem("placement.school.error.grades"));
		}
		if (text(runBy).equals("independent")) {
			List<String> typed = List.of(text(rule1), text(rule2), text(rule3));
			if (typed.get(0).isEmpty()) {
				problems.put("rule1", new Problem("placement.school.error.rule-first"));
			}
			for (int i = 0; i < typed.size(); i++) {
				String rule = typed.get(i);
				if (rule.isEmpty()) {
					continue;
				}
				String field = "rule" + (i + 1);
				if (i > 0 && typed.get(i - 1).isEmpty()) {
					problems.putIfAbsent(field, new Problem("placement.school.error.rule-gap"));
				}
				else if (rule(rule).isEmpty()) {
					problems.putIfAbsent(field, new Problem("placement.school.error.rule-unknown"));
				}
				else if (typed.subList(0, i).contains(rule)) {
					problems.putIfAbsent(field, new Problem("placement.school.error.rule-twice"));
				}
			}
		}
		return problems;
	}

	/** The school typed; only when {@link #problems()} found none. */
	SchoolRegister.Details details() {
		boolean municipal = text(runBy).equals("municipal");
		List<PriorityRule> rules = new ArrayList<>();
		if (!municipal) {
			for (String typed : List.of(text(rule1), text(rule2), text(rule3))) {
				rule(typed).ifPresent(rules::add);
			}
		}
		return new SchoolRegister.Details(text(name), municipal, text(district), text(address), position().orElseThrow(),
				chosenGrades(), municipal ? PriorityRule.CITY : rules);
	}

	Set<Grade> chosenGrades() {
		Set<Grade> chosen = EnumSet.noneOf(Grade.class);
		grades.forEach(code -> Grade.ofCode(code).ifPresent(chosen::add));
		return chosen;
	}

	private Optional<Position> position() {
		try {
			return Optional.of(new Position(number(easting).orElseThrow(), number(northing).orElseThrow()));
		}
		catch (IllegalArgumentException | java.util.NoSuchElementException ex) {
			return Optional.empty();
		}
	}

	private static Optional<PriorityRule> rule(String code) {
		for (PriorityRule rule : PriorityRule.values()) {
			if (rule.code().equals(code)) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

	/** Metres as typed: digits with a decimal comma or point, spaces between thousands allowed. */
	private static Optional<Double> number(String typed) {
		String plain = text(typed).replace(" ", "").replace("\u00a0", "").replace(',', '.');
		return plain.matches("\\d{1,7}(\\.\\d{1,3})?") ? Optional.of(Double.parseDouble(plain)) : Optional.empty();
	}

	private static String metres(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String text(String typed) {
		return typed == null ? "" : typed.strip();
	}
}
