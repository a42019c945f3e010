package org.cityhall.notifications.contact;

/** What someone typed, to show again. */
final class Typed {

	private static final int SHOWN_AT_MOST = 300;

	private Typed() {
	}

	/** What was typed without control characters, which have no place in a page, and cut to a length a field shows. */
	static String printable(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder shown = new StringBuilder(Math.min(typed.length(), SHOWN_AT_MOST));
		typed.codePoints().filter(c -> !Character.isISOControl(c)).limit(SHOWN_AT_MOST).forEach(shown::appendCodePoint);
		return shown.toString();
	}
}
