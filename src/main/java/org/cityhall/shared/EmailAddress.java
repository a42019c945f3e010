package org.cityhall.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address someone typed, checked and in lower case. Only plain ASCII addresses are
 * accepted: dot-atoms of the letters RFC 5322 allows before the {@code @}, a host name of at least
 * two labels of letters, digits and hyphens after it, at most 64 and 254 characters. Quoted local
 * parts, IP literals and internationalised addresses (SMTPUTF8) are refused.
 *
 * @param value the address in lower case, e.g. {@code name@example.com}
 */
public record EmailAddress(String value) {

	public static final int MAX_LENGTH = 254;
	private static final int MAX_LOCAL_LENGTH = 64;
	private static final int MAX_LABEL_LENGTH = 63;
	private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

	public EmailAddress {
		Objects.requireNonNull(value, "value");
	}

	/** What is wrong with a typed address. */
	public enum Problem {
		EMPTY, TOO_LONG, MALFORMED
	}

	/** A typed address that is not one. */
	public static class Invalid extends IllegalArgumentException {

		private final Problem problem;

		public Invalid(Problem problem) {
			super("not an e-mail address: " + problem.name().toLowerCase(Locale.ROOT).replace('_', ' '));
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	/**
	 * The address as typed, without surrounding white space and in lower case.
	 *
	 * @throws Invalid saying what is wrong with it
	 */
	public static EmailAddress parse(String typed) {
		String address = typed == null ? "" : typed.strip();
		if (address.isEmpty()) {
			throw new Invalid(Problem.EMPTY);
		}
		if (address.length() > MAX_LENGTH) {
			throw new Invalid(Problem.TOO_LONG);
		}
		int at = address.indexOf('@');
		if (at < 0 || at != address.lastIndexOf('@')
				|| !isLocalPart(address.substring(0, at)) || !isHostName(address.substring(at + 1))) {
			throw new Invalid(Problem.MALFORMED);
		}
		return new EmailAddress(address.toLowerCase(Locale.ROOT));
	}

	private static boolean isLocalPart(String local) {
		if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH) {
			return false;
		}
		for (String atom : local.split("\\.", -1)) {
			if (atom.isEmpty() || !atom.chars().allMatch(c -> isLetterOrDigit(c) || ATEXT_SYMBOLS.indexOf(c) >= 0)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isHostName(String host) {
		String[] labels = host.split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (String label : labels) {
			if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || label.startsWith("-") || label.endsWith("-")
					|| !label.chars().allMatch(c -> isLetterOrDigit(c) || c == '-')) {
				return false;
			}
		}
		// The last label is a top-level domain, never all digits: that would be an IP address.
		return !labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9');
	}

	private static boolean isLetterOrDigit(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	@Override
	public String toString() {
		return value;
	}
}
