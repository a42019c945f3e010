package org.cityhall.shared;

/**
 * What someone typed is not an organisation number. The {@link Problem} says what is wrong
 * and names the message to show at the field; the exception's own message is for logs and
 * never contains what was typed, only its length.
 */
public class InvalidOrganisationNumberException extends InvalidTypedNumberException {

	/** What is wrong with a typed organisation number, each with its own message. */
	public enum Problem implements NumberProblem {

		EMPTY,
		NOT_DIGITS,
		WRONG_LENGTH,
		MISPLACED_SEPARATOR,
		WRONG_PREFIX,
		FIRST_DIGIT,
		THIRD_DIGIT,
		CHECK_DIGIT;

		/** Message keys of this kind of number begin with this prefix. */
		@Override
		public String keyPrefix() {
			return "shared.organisation-number";
		}
	}

	InvalidOrganisationNumberException(Problem problem, int typedLength) {
		super(problem, typedLength);
	}

	/** What is wrong with what was typed. */
	@Override
	public Problem problem() {
		return (Problem) super.problem();
	}
}
