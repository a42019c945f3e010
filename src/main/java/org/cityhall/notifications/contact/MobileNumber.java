package org.cityhall.notifications.contact;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Swedish mobile number (070, 072, 073, 076 or 079 and seven digits) in international form,
 * {@code +46701234567}, read from the ways people write it: {@code 070-123 45 67},
 * {@code 0701234567}, {@code +46 70 123 45 67}, {@code +46 (0)70-123 45 67}, {@code 0046701234567}.
 *
 * @param value the number as {@code +467XXXXXXXX}
 */
record MobileNumber(String value) {

	static final int MAX_TYPED_LENGTH = 30;
	private static final Pattern MOBILE = Pattern.compile("7[02369][0-9]{7}");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\u202f().-]");

	MobileNumber {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws InvalidContact saying what is wrong with what was typed
	 */
	static MobileNumber parse(String typed) {
		String number = typed == null ? "" : typed.strip();
		if (number.isEmpty()) {
			throw new InvalidContact("empty");
		}
		if (number.length() > MAX_TYPED_LENGTH) {
			throw new InvalidContact("malformed");
		}
		String compact = SEPARATORS.matcher(number.replace("(0)", "")).replaceAll("");
		String national;
		if (compact.startsWith("+46")) {
			national = compact.substring(3);
		}
		else if (compact.startsWith("0046")) {
			national = compact.substring(4);
		}
		else if (compact.startsWith("+") || compact.startsWith("00")) {
			throw new InvalidContact("not-swedish");
		}
		else {
			national = compact;
		}
		if (national.isEmpty() || !national.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidContact("malformed");
		}
		if (national.startsWith("0")) {
			national = national.substring(1);
		}
		if (!MOBILE.matcher(national).matches()) {
			throw new InvalidContact(national.startsWith("7") ? "malformed" : "not-mobile");
		}
		return new MobileNumber("+46" + national);
	}

	/** The number as Swedes write it: {@code 070-123 45 67}. */
	static String shown(String international) {
		if (!international.startsWith("+46") || international.length() != 12) {
			return international;
		}
		String national = "0" + international.substring(3);
		return national.substring(0, 3) + "-" + national.substring(3, 6) + " " + national.substring(6, 8) + " " + national.substring(8);
	}
}
