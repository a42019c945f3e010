package org.cityhall.booking.web;

import java.security.Principal;
import java.util.Optional;

import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** Who the signed-in person is as a booker: a resident by number, a visitor by e-mail address. */
final class Bookers {

	private Bookers() {
	}

	static Optional<Party> of(Principal principal) {
		if (principal == null) {
			return Optional.empty();
		}
		String name = principal.getName();
		if (name.length() == 12 && PersonalIdentityNumber.isValid(name)) {
			return Optional.of(new Party.Person(PersonalIdentityNumber.parse(name), null));
		}
		if (name.contains("@")) {
			return Optional.of(new Party.Visitor(name));
		}
		return Optional.empty();
	}
}
