package org.cityhall.shared;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What is wrong with a typed number, as each kind of number names it (a constant of its
 * {@code Problem} enum): the key of the message a page shows at the field, in the reader's
 * language, and the English text written in logs.
 */
public interface NumberProblem {

	String name();

	/** Message keys of this kind of number begin with this prefix, e.g. {@code shared.identity-number}. */
	String keyPrefix();

	/** The key of the message in {@code i18n/shared_sv.properties} and {@code _en.properties}. */
	default String messageKey() {
		return keyPrefix() + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The English text, as written in logs; pages show the message under {@link #messageKey()}. */
	default String text() {
		return ResourceBundle.getBundle("i18n/shared", Locale.ENGLISH).getString(messageKey());
	}
}
