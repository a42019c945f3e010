package org.cityhall.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * A text the city publishes in both its languages. Swedish is the city's language and the
 * fallback; English is always provided alongside it.
 */
public record LocalizedText(String sv, String en) implements java.io.Serializable {

	public LocalizedText {
		Objects.requireNonNull(sv, "the Swedish text is required");
		Objects.requireNonNull(en, "the English text is required");
	}

	/** The text in the language of the given locale: English for English, Swedish otherwise. */
	public String in(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? en : sv;
	}

	/** Whether either language version contains the given text, ignoring case. */
	public boolean contains(String lowerCaseText) {
		return sv.toLowerCase(Locale.ROOT).contains(lowerCaseText) || en.toLowerCase(Locale.ROOT).contains(lowerCaseText);
	}
}
