package org.cityhall.notifications.contact;

import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address a person typed, checked and in lower case: dot-atoms of the plain ASCII
 * characters RFC 5322 allows before the {@code @}, a host name of at least two labels of letters,
 * digits and hyphens after it, at most 64 and 254 characters.
 *
 * @param value the address in lower case
 */
record EmailAddress(String value) {

	static final int MAX_LENGTH = 254;
	private static final int MAX_LOCAL_LENGTH = 64;
	private static final int MAX_LABEL_LENGTH = 63;
	private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

	EmailAddress {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws InvalidContact saying what is wrong with what was typed
	 */
	static EmailAddress parse(String typed) {
		String address = typed == null ? "" : typed.strip();
		if (address.isEmpty()) {
			throw new InvalidContact("empty");
		}
		if (address.length() > MAX_LENGTH) {
			throw new InvalidContact("too-long");
		}
		int at = address.indexOf('@');
		if (at < 0 || at != address.lastIndexOf('@')
				|| !isLocalPart(address.substring(0, at)) || !isHostName(address.substring(at + 1))) {
			throw new InvalidContact("malformed");
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
}
