package org.cityhall.notifications.contact;

import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address a person typed, checked as {@link org.cityhall.shared.EmailAddress} checks every
 * address, and in lower case.
 *
 * @param value the address in lower case
 */
record EmailAddress(String value) {

	static final int MAX_LENGTH = org.cityhall.shared.EmailAddress.MAX_LENGTH;

	EmailAddress {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws InvalidContact saying what is wrong with what was typed
	 */
	static EmailAddress parse(String typed) {
		try {
			return new EmailAddress(org.cityhall.shared.EmailAddress.parse(typed).value());
		}
		catch (org.cityhall.shared.EmailAddress.Invalid invalid) {
			throw new InvalidContact(invalid.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
	}
}
