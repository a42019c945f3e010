package org.cityhall.placement;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grades a child starts by school choice, with the age the child turns in the calendar year the
 * school year starts: pre-school class (förskoleklass) at 6, year 4 at 10, year 7 at 13.
 */
public enum Grade {

	PRESCHOOL_CLASS("f", 6, 0), YEAR_4("4", 10, 4), YEAR_7("7", 13, 7);

	private final String code;
	private final int startingAge;
	private final int level;

	Grade(String code, int startingAge, int level) {
		this.code = code;
		this.startingAge = startingAge;
		this.level = level;
	}

	/** As forms, tables and addresses write it: {@code f}, {@code 4}, {@code 7}. */
	public String code() {
		return code;
	}

	/** The grade's level in compulsory school, 0 for pre-school class. */
	public int level() {
		return level;
	}

	public static Optional<Grade> ofCode(String code) {
		return Arrays.stream(values()).filter(grade -> grade.code.equals(code)).findFirst();
	}

	/** The grades as stored, codes separated by commas, in the grades' order. */
	public static String codes(java.util.Collection<Grade> grades) {
		return grades.stream().sorted().map(Grade::code).collect(java.util.stream.Collectors.joining(","));
	}

	/** Reads grades as stored in a {@code text[]} column. */
	static java.util.Set<Grade> of(java.sql.Array codes) throws java.sql.SQLException {
		java.util.Set<Grade> grades = java.util.EnumSet.noneOf(Grade.class);
		for (String code : (String[]) codes.getArray()) {
			grades.add(ofCode(code).orElseThrow(() -> new IllegalArgumentException("no grade '" + code + "'")));
		}
		return grades;
	}

	/** Whether a child born in the year starts this grade in a school year starting in the other year. */
	public boolean startsFor(int birthYear, int schoolYear) {
		return schoolYear - birthYear == startingAge;
	}
}
