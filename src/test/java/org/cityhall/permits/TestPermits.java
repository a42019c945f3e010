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

	/** Ends the person's permit, if any, yesterday: it answers for nothing any more and a new one can be granted. */
	public static void clear(Permits permits, Party.Person person) {
		permits.current(person.number()).ifPresent(permit -> permits.correct(permit.reference(), OFFICER,
				new Permits.EndOn(permits.today().minusDays(1)), "a test starts from no permit"));
	}
}
