package org.cityhall.identity;

import java.util.List;
import java.util.Objects;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A company or other legal person as the company register (Bolagsverket's) holds it, with the
 * people who may sign for it (firmatecknare), each on their own.
 */
public record Company(OrganisationNumber number, String name, List<PersonalIdentityNumber> signatories) {

	public Company {
		Objects.requireNonNull(number, "number");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a company needs a name");
		}
		name = name.strip();
		signatories = List.copyOf(signatories);
	}

	/** Whether the person may sign for the company. */
	public boolean isSignedBy(PersonalIdentityNumber person) {
		return signatories.contains(person);
	}
}
