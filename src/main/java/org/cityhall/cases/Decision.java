package org.cityhall.cases;

import java.util.Locale;
import java.util.Objects;

/**
 * What the city decided on a case, with the reasons the applicant reads.
 */
public record Decision(Outcome outcome, String reasons) {

	/** The most characters of a decision's reasons. */
	public static final int REASONS_LIMIT = 20_000;

	public Decision {
		Objects.requireNonNull(outcome, "a decision's outcome is required");
		Objects.requireNonNull(reasons, "a decision's reasons are required");
		if (reasons.isBlank()) {
			throw new IllegalArgumentException("a decision needs its reasons");
		}
		if (reasons.length() > REASONS_LIMIT) {
			throw new IllegalArgumentException("a decision's reasons are at most " + REASONS_LIMIT + " characters");
		}
	}

	/** Granted, partly granted or refused. */
	public enum Outcome {
		GRANTED, PARTLY_GRANTED, REFUSED;

		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static java.util.Optional<Outcome> fromCode(String code) {
			for (Outcome outcome : values()) {
				if (outcome.code().equals(code)) {
					return java.util.Optional.of(outcome);
				}
			}
			return java.util.Optional.empty();
		}
	}
}
