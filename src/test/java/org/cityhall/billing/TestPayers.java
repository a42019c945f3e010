package org.cityhall.billing;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** Payers and matters no other test uses. */
public final class TestPayers {

	private TestPayers() {
	}

	public static PersonalIdentityNumber randomNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
		return PersonalIdentityNumber.of(birth, random.nextInt(1000), false);
	}

	public static Party.Person randomPerson(String name) {
		return new Party.Person(randomNumber(), name);
	}

	public static String randomMatter() {
		return "KA-2026-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}
}
