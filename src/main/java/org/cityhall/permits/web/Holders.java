package org.cityhall.permits.web;

import java.security.Principal;
import java.util.Optional;

import org.cityhall.shared.PersonalIdentityNumber;

/** The signed-in resident as a permit holder: only residents with a personal identity number hold permits. */
final class Holders {

	private Holders() {
	}

	static Optional<PersonalIdentityNumber> of(Principal principal) {
		if (principal == null) {
			return Optional.empty();
		}
		String name = principal.getName();
		return name.length() == 12 && PersonalIdentityNumber.isValid(name) ? Optional.of(PersonalIdentityNumber.parse(name)) : Optional.empty();
	}
}
