package org.cityhall.identity.login;

import java.util.Locale;
import java.util.Objects;

import org.cityhall.shared.EmailAddress;

/**
 * An e-mail address a visitor typed, checked as {@link EmailAddress} checks every address, and in
 * lower case.
 *
 * @param value the address in lower case, e.g. {@code name@example.com}
 */
record VisitorEmailAddress(String value) {

	static final int MAX_LENGTH = EmailAddress.MAX_LENGTH;

	VisitorEmailAddress {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * The address as typed, without surrounding white space and in lower case.
	 *
	 * @throws Invalid saying what is wrong with it
	 */
	static VisitorEmailAddress parse(String typed) {
		try {
			return new VisitorEmailAddress(EmailAddress.parse(typed).value());
		}
		catch (EmailAddress.Invalid invalid) {
			throw new Invalid(Problem.valueOf(invalid.problem().name()));
		}
	}

	@Override
	public String toString() {
		return value;
	}

	/** What is wrong with a typed address, each with its own message. */
	enum Problem {

		EMPTY, TOO_LONG, MALFORMED;

		/** The key of the message in {@code i18n/visitor_sv.properties} and {@code _en.properties}. */
		String messageKey() {
			return "visitor.email.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** What was typed is not an address a code can be sent to. The message never holds what was typed. */
	static final class Invalid extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final Problem problem;

		Invalid(Problem problem) {
			super("not an e-mail address a code can be sent to: " + problem);
			this.problem = problem;
		}

		Problem problem() {
			return problem;
		}
	}
}
