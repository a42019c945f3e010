package org.cityhall.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of answer a field asks for; each kind has its own rules, validation and fragment. */
public enum FieldType {

	/** One line of text, at most 500 characters unless the rules say fewer. */
	TEXT,
	/** Several lines of text, at most 10,000 characters unless the rules say fewer. */
	LONG_TEXT,
	/** A decimal number, with an optional unit, minimum and maximum. */
	NUMBER,
	/** A date typed as day, month and year; may have to be after today or before or after another date. */
	DATE,
	/** One of the options, as radios or a select. */
	SINGLE_CHOICE,
	/** Any of the options, as checkboxes. */
	MULTIPLE_CHOICE,
	/** Yes or no. */
	YES_NO,
	/** A Swedish personal identity number or coordination number. */
	IDENTITY_NUMBER,
	/** A Swedish organisation number. */
	ORGANISATION_NUMBER,
	/** An e-mail address. */
	EMAIL,
	/** A Swedish phone number, or one in international form beginning with +. */
	PHONE,
	/** A postal address, as lines of text. */
	ADDRESS,
	/** A property designation (fastighetsbeteckning) such as {@code Tallen 4:12}. */
	PROPERTY_DESIGNATION,
	/** Uploaded documents: the allowed types, size and count are declared here; cases stores them. */
	FILE,
	/** A group of fields answered once per item, between a minimum and maximum number of items. */
	REPEATING_GROUP,
	/** A statement the applicant must tick to confirm. */
	DECLARATION,
	/** Text shown to the applicant; it asks nothing. */
	GUIDANCE;

	/** The name used in definition files: lower case with hyphens, such as {@code single-choice}. */
	public String definitionName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The type a definition file names, if any. */
	public static Optional<FieldType> ofDefinitionName(String name) {
		return Arrays.stream(values()).filter(type -> type.definitionName().equals(name)).findFirst();
	}

	/** Whether the field holds an answer; guidance does not. */
	public boolean hasAnswer() {
		return this != GUIDANCE;
	}
}
