package org.cityhall.identity.consents;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** Persons no other test uses: a random date of birth between 1940 and 1999 and a random birth number. */
final class TestPersons {

	private TestPersons() {
	}

	static PersonalIdentityNumber random() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
		return PersonalIdentityNumber.of(birth, random.nextInt(1000), false);
	}

	static Actor self(PersonalIdentityNumber number, String name) {
		return Actor.self(new Party.Person(number, name), LevelOfAssurance.LOA3);
	}
}
