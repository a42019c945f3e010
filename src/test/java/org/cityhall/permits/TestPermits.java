package org.cityhall.permits;

import java.util.UUID;

import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Party;

/** The demo personas permits' tests use, and clearing a persona's permit so each test starts from none. */
public final class TestPermits {

	/** Karin Ek, registered on Södermalm (zone S), owns RPK27B in traffic. */
	public static final Party.Person CAR_OWNER = (Party.Person) DemoPersonas.CAR_OWNER.party();

	/** Birgitta Holm, registered in Bromma, outside every zone. */
	public static final Party.Person OUTSIDE_ZONES = (Party.Person) DemoPersonas.ELDERLY.party();

	public static final Party.Staff OFFICER = new Party.Staff("permits-test-officer", "Permits test officer");

	private TestPermits() {
	}

	/** A reference no other test uses. */
	public static String reference() {
		return "RPP-T-" + UUID.randomUUID().toString().substring(0, 13);
	}

	/** A registration number no other test uses, for a rental or loan car: three letters and three digits. */
	public static String plate() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		return "T" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + String.format("%03d", random.nextInt(1000));
	}

	/** Ends the person's permit, if any, yesterday: it answers for nothing any more and a new one can be granted. */
	public static void clear(Permits permits, Party.Person person) {
		permits.current(person.number()).ifPresent(permit -> permits.correct(permit.reference(), OFFICER,
				new Permits.EndOn(permits.today().minusDays(1)), "a test starts from no permit"));
	}
}
