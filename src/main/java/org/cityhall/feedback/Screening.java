package org.cityhall.feedback;

import java.util.regex.Pattern;

/**
 * Removes personal data from what a reporter wrote before the public sees it: personal identity numbers,
 * e-mail addresses and phone numbers become a mark saying something was removed. Names cannot be told from
 * words reliably, so categories about people (complaints, praise) are never public at all.
 */
public final class Screening {

	/** What stands in the public text where something was removed. */
	public static final String REMOVED = "[…]";

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
	private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<!\\d)(?:19|20)?\\d{6}[-+ ]?\\d{4}(?!\\d)");
	private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:(?:\\+|00)\\d[\\d \\-]{6,}\\d|0\\d{1,3}[- ]?\\d[\\d ]{4,}\\d)(?!\\d)");

	private Screening() {
	}

	public static String screen(String text) {
		if (text == null) {
			return "";
		}
		String screened = EMAIL.matcher(text).replaceAll(REMOVED);
		screened = IDENTITY_NUMBER.matcher(screened).replaceAll(REMOVED);
		return PHONE.matcher(screened).replaceAll(REMOVED);
	}
}
