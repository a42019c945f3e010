package org.cityhall.web;

import java.util.List;
import java.util.Locale;

/** The city's two languages: Swedish first, English one click away. */
public final class Languages {

	public static final Locale SWEDISH = Locale.forLanguageTag("sv");
	public static final Locale ENGLISH = Locale.ENGLISH;

	private Languages() {
	}

	/** The supported language closest to the given one: English for any English, Swedish for all else. */
	public static Locale supported(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
	}

	/** The supported language a {@code lang} value asks for, or null when it names neither. */
	public static Locale fromParameter(String value) {
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "en" -> ENGLISH;
			case "sv" -> SWEDISH;
			default -> null;
		};
	}

	/**
	 * The supported language an API client asks for: {@code lang} if given, else the best match of
	 * its {@code Accept-Language} header, else Swedish.
	 */
	public static Locale forApi(String lang, String acceptLanguage) {
		Locale asked = fromParameter(lang);
		if (asked != null) {
			return asked;
		}
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return SWEDISH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), List.of(SWEDISH, ENGLISH));
			return best == null ? SWEDISH : best;
		}
		catch (IllegalArgumentException malformed) {
			return SWEDISH;
		}
	}

	public static Locale other(Locale locale) {
		return supported(locale).equals(ENGLISH) ? SWEDISH : ENGLISH;
	}
}
