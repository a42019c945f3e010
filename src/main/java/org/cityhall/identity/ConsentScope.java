package org.cityhall.identity;

import java.util.Locale;

/**
 * What a {@link Consent} lets the relative or friend do for the person who gave it. Each scope
 * has a name and a description in the message bundles, under {@link #messageKey()} and
 * {@link #descriptionKey()}.
 */
public enum ConsentScope {

	/** Read the person's care diary (omsorgsdagbok). */
	CARE_DIARY,
	/** See the person's matters with the city and their messages. */
	MATTERS,
	/** Apply and answer for the person, as the person would. */
	ACT_FOR_ME;

	/** The key of the scope's short name: {@code consents.scope.care-diary}. */
	public String messageKey() {
		return "consents.scope." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The key of what the scope allows, in a sentence: {@code consents.scope.care-diary.description}. */
	public String descriptionKey() {
		return messageKey() + ".description";
	}
}
