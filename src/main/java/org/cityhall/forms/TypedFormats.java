package org.cityhall.forms;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** The formats people type numbers, e-mail addresses, phone numbers and property designations in. */
final class TypedFormats {

	private static final int EMAIL_LIMIT = 254;
	private static final int NUMBER_LIMIT = 40;
	private static final int PROPERTY_DESIGNATION_LIMIT = 100;
	private static final int PHONE_LIMIT = 30;

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
	private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@.]+(\\.[^\\s@.]+)+");
	private static final Pattern PROPERTY_DESIGNATION = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\d .'-]* \\d{1,5}:\\d{1,5}");

	private TypedFormats() {
	}

	/** A decimal number with a comma or point, spaces between thousands allowed. */
	static Optional<BigDecimal> number(String typed) {
		String plain = typed.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
		if (plain.length() > NUMBER_LIMIT || !NUMBER.matcher(plain).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(plain));
	}

	static Optional<String> email(String typed) {
		if (typed.length() > EMAIL_LIMIT || !EMAIL.matcher(typed).matches()) {
			return Optional.empty();
		}
		return Optional.of(typed);
	}

	/** Swedish numbers as 08-123 456 or 070-123 45 67, or international ones with + or 00; given as +46… */
	static Optional<String> phone(String typed) {
		if (typed.length() > PHONE_LIMIT) {
			return Optional.empty();
		}
		String compact = typed.replaceAll("[\\s\\u00a0()-]", "");
		if (compact.startsWith("00")) {
			compact = "+" + compact.substring(2);
		}
		String international;
		if (compact.startsWith("+46")) {
			String national = compact.substring(3);
			international = "+46" + (national.startsWith("0") ? national.substring(1) : national);
		}
		else if (compact.startsWith("+")) {
			international = compact;
		}
		else if (compact.startsWith("0")) {
			international = "+46" + compact.substring(1);
		}
		else {
			return Optional.empty();
		}
		String digits = international.substring(1);
		boolean swedish = international.startsWith("+46");
		boolean plausible = digits.chars().allMatch(c -> c >= '0' && c <= '9')
				&& (swedish ? digits.length() >= 9 && digits.length() <= 13 && digits.charAt(2) != '0'
						: digits.length() >= 7 && digits.length() <= 15);
		return plausible ? Optional.of(international) : Optional.empty();
	}

	/** A name followed by block and unit, {@code Tallen 4:12}, with runs of spaces made one. */
	static Optional<String> propertyDesignation(String typed) {
		String single = typed.replaceAll("\\s+", " ");
		if (single.length() > PROPERTY_DESIGNATION_LIMIT || !PROPERTY_DESIGNATION.matcher(single).matches()) {
			return Optional.empty();
		}
		return Optional.of(single);
	}

	/** Control characters are refused, but long texts and addresses may have line breaks and tabs. */
	static boolean hasControlCharacters(String typed, boolean multiLine) {
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
			if (Character.isISOControl(c) && !(multiLine && lineBreak)) {
				return true;
			}
		}
		return false;
	}
}
