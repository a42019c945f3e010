package org.cityhall.billing;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.SignedInAs;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Payers and matters no other test uses, and the finance officer who handles their payments. */
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

	/** The service administration's finance officer, who reads bank files, credits invoices and handles payments. */
	public static RequestPostProcessor financeOfficer() {
		return SignedInAs.staff("officer-finance", ScopedRole.inDepartment(StaffRoles.OFFICER, "service-administration"));
	}
}
