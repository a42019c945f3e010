package org.cityhall.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * What a school ranks applicants by, in order; a seeded lottery always decides last. Municipal schools
 * use the city's rules ({@link #CITY}); an independent school states its own.
 */
public enum PriorityRule {

	/** A sibling at the school (for municipal schools: pre-school class only, sibling in F–5, same address, at most 2 km). */
	SIBLING("sibling"),
	/** Relative proximity (relativ närhet): distance to the alternative school minus distance to this one, larger first. */
	PROXIMITY("proximity"),
	/** The date the application was first made, earlier first. */
	QUEUE_DATE("queue-date");

	/** The city's rules, as Stockholm applies them to municipal schools. */
	public static final List<PriorityRule> CITY = List.of(SIBLING, PROXIMITY);

	private final String code;

	PriorityRule(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Reads a school's rules as stored: {@code city}, or codes separated by commas. */
	public static List<PriorityRule> parse(String rules) {
		if (rules.strip().equals("city")) {
			return CITY;
		}
		List<PriorityRule> parsed = new ArrayList<>();
		for (String code : rules.split(",")) {
			PriorityRule rule = null;
			for (PriorityRule candidate : values()) {
				if (candidate.code.equals(code.strip())) {
					rule = candidate;
				}
			}
			if (rule == null || parsed.contains(rule)) {
				throw new IllegalArgumentException("unknown or repeated priority rule '" + code.strip() + "' in '" + rules + "'");
			}
			parsed.add(rule);
		}
		return List.copyOf(parsed);
	}
}
