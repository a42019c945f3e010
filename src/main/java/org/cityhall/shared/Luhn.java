package org.cityhall.shared;

/**
 * The Luhn (modulus 10) check digit that Swedish identity and organisation numbers end with. It
 * catches every single mistyped digit and every swap of two neighbouring digits except 0 and 9.
 */
public final class Luhn {

	private Luhn() {
	}

	/**
	 * The check digit for the given digits, which are the number without its check digit.
	 *
	 * @throws IllegalArgumentException if the text is empty or holds anything but the ASCII digits 0–9
	 */
	public static int checkDigit(CharSequence payload) {
		requireDigits(payload);
		return (10 - sum(payload, true) % 10) % 10;
	}

	/** Whether the last of the given digits is the check digit of the ones before it. */
	public static boolean isValid(CharSequence digitsWithCheckDigit) {
		if (digitsWithCheckDigit == null || digitsWithCheckDigit.length() < 2 || !isDigits(digitsWithCheckDigit)) {
			return false;
		}
		return sum(digitsWithCheckDigit, false) % 10 == 0;
	}

	// From the right, every second digit is doubled, starting with the rightmost digit of the
	// payload; when the check digit is included the rightmost digit is not doubled.
	private static int sum(CharSequence digits, boolean doubleRightmost) {
		int sum = 0;
		boolean doubled = doubleRightmost;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum;
	}

	private static void requireDigits(CharSequence payload) {
		if (payload == null || payload.length() == 0 || !isDigits(payload)) {
			throw new IllegalArgumentException("a Luhn check digit is computed over the digits 0–9 only");
		}
	}

	private static boolean isDigits(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}
}
