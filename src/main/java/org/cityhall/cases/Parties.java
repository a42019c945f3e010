package org.cityhall.cases;

import org.cityhall.shared.Party;

/** How a party is kept in three columns: its type, id and name. */
final class Parties {

	private Parties() {
	}

	static String type(Party party) {
		return party.kind();
	}

	static String name(Party party) {
		return party.displayName() == null ? party.id() : party.displayName();
	}

	static Party of(String type, String id, String name) {
		return Party.of(type, id, name);
	}
}
