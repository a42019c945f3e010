package org.cityhall.placement;

import java.util.List;
import java.util.Objects;

import org.cityhall.shared.Position;

/**
 * A school taking part in school choice, municipal or independent, with its priority rules. The later
 * provider directory reads the schools from here.
 */
public record School(String code, String name, boolean municipal, String district, Position position,
		List<PriorityRule> rules) {

	public School {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(position, "position");
		rules = List.copyOf(rules);
		if (municipal && !rules.equals(PriorityRule.CITY)) {
			throw new IllegalArgumentException("a municipal school ranks by the city's rules: " + code);
		}
	}
}
