package org.cityhall.placement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cityhall.shared.Position;

/**
 * A school taking part in school choice, municipal or independent, with its street address, where it is,
 * the grades it takes pupils into and its priority rules. The later provider directory reads the schools
 * from here.
 *
 * @param address the street address, empty where none is recorded
 * @param grades the grades it offers: a round gives it places only in these
 */
public record School(String code, String name, boolean municipal, String district, String address, Position position,
		Set<Grade> grades, List<PriorityRule> rules) {

	public School {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(position, "position");
		if (grades.isEmpty()) {
			throw new IllegalArgumentException("a school offers at least one grade: " + code);
		}
		grades = Collections.unmodifiableSet(EnumSet.copyOf(grades));
		rules = List.copyOf(rules);
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("a school ranks by at least one rule before the lottery: " + code);
		}
		if (municipal && !rules.equals(PriorityRule.CITY)) {
			throw new IllegalArgumentException("a municipal school ranks by the city's rules: " + code);
		}
	}
}

