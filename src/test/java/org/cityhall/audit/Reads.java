package org.cityhall.audit;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.shared.PersonalIdentityNumber;

/** Small builders for the audit tests: subjects and actors no other test uses. */
public final class Reads {

	private Reads() {
	}

	/** A random valid personal identity number as the log keeps it, so a test sees only its own reads. */
	public static String randomSubject() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(random.nextInt(1920, 2020), random.nextInt(1, 13), random.nextInt(1, 29));
		return PersonalIdentityNumber.of(born, random.nextInt(0, 1000), false).value();
	}

	/** A staff id no other test uses. */
	public static String randomStaff(String role) {
		return "staff:" + role + "-" + UUID.randomUUID();
	}

	public static AuditLog.Read byOfficer(String actorId, String subjectId, String what) {
		return new AuditLog.Read(actorId, "Environment Officer", "officer", subjectId, what, "case-handling", "web");
	}
}
