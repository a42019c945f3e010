package org.cityhall.shared;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A number of ten or twelve digits as people type it: white space around it is ignored, and at
 * most one separator may stand, before the last four digits. What the digits mean is for the type
 * that reads them to judge.
 *
 * @param digits the ten or twelve digits, without the separator
 * @param separator the separator typed, or {@link #NONE}
 * @param typedLength how many characters were typed, white space included: all that a message for
 *        logs may tell of what was typed
 */
record TypedDigits(String digits, char separator, int typedLength) {

	/** The {@link #separator()} of digits typed without one. */
	static final char NONE = '\0';

	/**
	 * Reads what was typed, or refuses it with the first that applies of the problems named
	 * {@code EMPTY} (nothing but white space, or {@code null}), {@code NOT_DIGITS} (a character
	 * that is neither an ASCII digit nor one of the separators), {@code WRONG_LENGTH} (not 10 or 12
	 * digits) and {@code MISPLACED_SEPARATOR} (more than one separator, or one not before the last
	 * four digits).
	 *
	 * @param separators the characters that may separate the last four digits from the others
	 * @param problems the problems of the kind of number, which has one of each of those names
	 * @param refusal the exception for a problem and the number of characters typed
	 */
	static <P extends Enum<P>> TypedDigits read(String typed, String separators, Class<P> problems,
			BiFunction<P, Integer, ? extends IllegalArgumentException> refusal) {
		int typedLength = typed == null ? 0 : typed.length();
		Function<String, IllegalArgumentException> refuse = problem -> refusal.apply(Enum.valueOf(problems, problem),
				typedLength);
		String text = trim(typed);
		if (text.isEmpty()) {
			throw refuse.apply("EMPTY");
		}

		StringBuilder digits = new StringBuilder(12);
		int separatorsTyped = 0;
		char separator = NONE;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (separators.indexOf(c) >= 0) {
				separatorsTyped++;
				separator = c;
			}
			else {
				throw refuse.apply("NOT_DIGITS");
			}
		}
		if (digits.length() != 10 && digits.length() != 12) {
			throw refuse.apply("WRONG_LENGTH");
		}
		if (separatorsTyped > 1 || separatorsTyped == 1 && text.charAt(text.length() - 5) != separator) {
			throw refuse.apply("MISPLACED_SEPARATOR");
		}
		return new TypedDigits(digits.toString(), separator, typedLength);
	}

	/** The last ten digits: all of them when ten were typed, without the first two of twelve. */
	String lastTen() {
		return digits.substring(digits.length() - 10);
	}

	/** How many digits and characters were typed, never the digits: they may be personal data. */
	@Override
	public String toString() {
		return "TypedDigits[" + digits.length() + " digits, " + typedLength + " characters typed]";
	}

	// Also the spaces Character.isWhitespace leaves out, such as the no-break space copied from a web page.
	private static String trim(String typed) {
		if (typed == null) {
			return "";
		}
		int start = 0;
		int end = typed.length();
		while (start < end && isSpace(typed.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(typed.charAt(end - 1))) {
			end--;
		}
		return typed.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
