package org.cityhall.shared;

/**
 * What someone typed is not a personal identity number. The {@link Problem} says what is wrong
 * and names the message to show at the field; the exception's own message is for logs and
 * never contains what was typed, only its length.
 */
public class InvalidIdentityNumberException extends InvalidTypedNumberException {

	private static final long serialVersionUID = 1L;

	/** What is wrong with a typed personal identity number, each with its own message. */
	public enum Problem implements InvalidTypedNumberException.Explained {

		EMPTY("enter a personal identity number"),
		NOT_DIGITS("may only contain digits and a hyphen or plus sign"),
		WRONG_LENGTH("must be 10 or 12 digits"),
		MISPLACED_SEPARATOR("the hyphen or plus sign goes before the last four digits"),
		NO_SUCH_DATE("there is no such date"),
		IN_THE_FUTURE("the date of birth is in the future"),
		PLUS_UNDER_100("+ is only used for people who are 100 or older"),
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
			return InvalidTypedNumberException.messageKey("shared.identity-number", this);
		}
	}

	InvalidIdentityNumberException(Problem problem, int typedLength) {
		super(problem, typedLength);
	}

	/** What is wrong with what was typed. */
	@Override
	public Problem problem() {
		return (Problem) super.problem();
	}
}
