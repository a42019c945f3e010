package org.cityhall.forms;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a field's first value comes from: what the city already knows of the applicant, or of the
 * subject, the person the applicant acts for (a child, a principal, a parent with a power of
 * attorney; the applicant themselves when acting for no one else). The form only declares it;
 * {@code cases} looks the value up and offers it as the field's answer, which is then validated
 * like anything typed. So forms needs no knowledge of identity.
 */
public enum Prefill {

	/** The applicant's full name. */
	APPLICANT_NAME(FieldType.TEXT),
	/** The applicant's registered postal address. */
	APPLICANT_ADDRESS(FieldType.ADDRESS, FieldType.TEXT),
	/** The applicant's personal identity number. */
	APPLICANT_IDENTITY_NUMBER(FieldType.IDENTITY_NUMBER),
	/** The full name of the person acted for. */
	SUBJECT_NAME(FieldType.TEXT),
	/** The personal identity number of the person acted for. */
	SUBJECT_IDENTITY_NUMBER(FieldType.IDENTITY_NUMBER),
	/** The registered postal address of the person acted for. */
	SUBJECT_ADDRESS(FieldType.ADDRESS, FieldType.TEXT);

	private final Set<FieldType> fits;

	Prefill(FieldType first, FieldType... more) {
		this.fits = Collections.unmodifiableSet(EnumSet.of(first, more));
	}

	/** The name used in definition files, such as {@code applicant.identity-number}. */
	public String definitionName() {
		String name = name().toLowerCase(Locale.ROOT);
		int separator = name.indexOf('_');
		return name.substring(0, separator) + "." + name.substring(separator + 1).replace('_', '-');
	}

	/** Whether a field of this type can hold the value: a name in a text, an address in an address or a text, a number in an identity number. */
	public boolean fits(FieldType type) {
		return fits.contains(type);
	}

	/** The field types that can hold the value. */
	public Set<FieldType> fieldTypes() {
		return fits;
	}

	/** The prefill a definition file names, if any. */
	public static Optional<Prefill> ofDefinitionName(String name) {
		return Arrays.stream(values()).filter(prefill -> prefill.definitionName().equals(name)).findFirst();
	}
}
