package org.cityhall.audit;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Small builders for the audit tests: subjects and actors no other test uses. */
public final class Reads {

	private Reads() {
	}

	/** A random 12-digit number, so a test sees only its own reads. */
	public static String randomSubject() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
	}

	/** A staff id no other test uses. */
	public static String randomStaff(String role) {
		return "staff:" + role + "-" + UUID.randomUUID();
	}

	public static AuditLog.Read byOfficer(String actorId, String subjectId, String what) {
		return new AuditLog.Read(actorId, "Environment Officer", "officer", subjectId, what, "case-handling", "web");
	}
}
