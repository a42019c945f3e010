package org.cityhall.shared;

/**
 * What someone typed is not an organisation number. The {@link Problem} says what is wrong
 * and names the message to show at the field; the exception's own message is for logs and
 * never contains what was typed, only its length.
 */
public class InvalidOrganisationNumberException extends InvalidTypedNumberException {

	private static final long serialVersionUID = 1L;

	/** What is wrong with a typed organisation number, each with its own message. */
	public enum Problem implements InvalidTypedNumberException.Explained {

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
		@Override
		public String text() {
			return text;
		}

		/** The key of the message in {@code i18n/shared_sv.properties} and {@code _en.properties}. */
		public String messageKey() {
			return InvalidTypedNumberException.messageKey("shared.organisation-number", this);
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
