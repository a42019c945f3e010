package org.cityhall.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * What someone typed is not an organisation number. The {@link Problem} says what is wrong
 * and names the message to show at the field; the exception's own message is for logs and
 * never contains what was typed, only its length.
 */
public class InvalidOrganisationNumberException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** What is wrong with a typed organisation number, each with its own message. */
	public enum Problem {

		EMPTY("enter an organisation number"),
		NOT_DIGITS("may only contain digits and a hyphen"),
		WRONG_LENGTH("must be 10 digits, or 12 beginning with 16"),
		MISPLACED_SEPARATOR("the hyphen goes before the last four digits"),
		WRONG_PREFIX("a 12-digit organisation number begins with 16"),
		FIRST_DIGIT("the first digit must be 1, 2, 3 or 5–9"),
		THIRD_DIGIT("the third digit must be at least 2"),
		CHECK_DIGIT("the check digit does not match – check for a typing error");

		private final String text;

		Problem(String text) {
			this.text = text;
		}

		/** The English text, as written in logs. Pages show the text under {@link #messageKey()}. */
		public String text() {
			return text;
		}

		/** The key of the message in {@code i18n/shared_sv.properties} and {@code _en.properties}. */
		public String messageKey() {
			return "shared.organisation-number." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	private final Problem problem;

	InvalidOrganisationNumberException(Problem problem, int typedLength) {
		super(Objects.requireNonNull(problem).text() + " (" + problem.name() + ", " + typedLength + " characters typed)");
		this.problem = problem;
	}

	/** What is wrong with what was typed. */
	public Problem problem() {
		return problem;
	}
}
