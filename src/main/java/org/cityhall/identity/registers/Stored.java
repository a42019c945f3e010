package org.cityhall.identity.registers;

import java.time.LocalDate;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;

/** Numbers as the register tables store them: checked when imported, so read back as they are. */
final class Stored {

	private Stored() {
	}

	static PersonalIdentityNumber person(String twelveDigits) {
		// Judged against the furthest date, so a number imported yesterday is never refused as
		// lying in the future by a clock that disagrees.
		return PersonalIdentityNumber.parse(twelveDigits, LocalDate.MAX);
	}

	static OrganisationNumber organisation(String tenDigits) {
		return OrganisationNumber.parse(tenDigits);
	}
}
