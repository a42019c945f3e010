package org.cityhall.audit.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.InvalidOrganisationNumberException;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * Identity numbers as people type them and as pages may show them. A personal identity number is
 * kept as 12 digits ({@code 198504121234}), an organisation number as 10 ({@code 5560001234}).
 */
final class IdentityNumbers {

	private static final Pattern STORED = Pattern.compile("\\d{10}|\\d{12}");
	private static final String HIDDEN = "****";

	private IdentityNumbers() {
	}

	/**
	 * The number as the log keeps it – 12 digits for a person, 10 for an organisation – or empty
	 * when what was typed is neither. Read by the shared rules, so the century, the date and the
	 * check digit are judged as everywhere else.
	 */
	static Optional<String> normalised(String typed, LocalDate today) {
		try {
			return Optional.of(PersonalIdentityNumber.parse(typed, today).value());
		}
		catch (InvalidIdentityNumberException notAPerson) {
			// perhaps an organisation
		}
		try {
			return Optional.of(OrganisationNumber.parse(typed).value());
		}
		catch (InvalidOrganisationNumberException neither) {
			return Optional.empty();
		}
	}

	/** The first eight digits of a personal number (six of an organisation number) and {@code -****}. */
	static String masked(String id) {
		if (id == null || !STORED.matcher(id).matches()) {
			return HIDDEN;
		}
		return id.substring(0, id.length() - 4) + "-" + HIDDEN;
	}

	/** The id masked when it is an identity number; a staff id is shown as it is. */
	static String maskedIfNumber(String id) {
		return id != null && STORED.matcher(id).matches() ? masked(id) : id;
	}
}
