package org.cityhall.records.web;

import java.security.Principal;
import java.util.Optional;

import org.cityhall.shared.PersonalIdentityNumber;

/** The personal identity number of a signed-in resident, for the My pages sections, which get only the principal. */
final class SignedInResidents {

	private SignedInResidents() {
	}

	/** The number the principal is named by; empty for staff, visitors and anyone not signed in. */
	static Optional<PersonalIdentityNumber> numberOf(Principal person) {
		if (person == null || person.getName() == null || !person.getName().matches("[0-9]{12}")
				|| !PersonalIdentityNumber.isValid(person.getName())) {
			return Optional.empty();
		}
		return Optional.of(PersonalIdentityNumber.parse(person.getName()));
	}
}
