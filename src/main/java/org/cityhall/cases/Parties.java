package org.cityhall.cases;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** How a party is kept in three columns: its type, id and name. */
final class Parties {

	private Parties() {
	}

	static String type(Party party) {
		if (party instanceof Party.Person) {
			return "person";
		}
		if (party instanceof Party.Organisation) {
			return "organisation";
		}
		if (party instanceof Party.Visitor) {
			return "visitor";
		}
		if (party instanceof Party.Anonymous) {
			return "anonymous";
		}
		return "staff";
	}

	static String name(Party party) {
		return party.displayName() == null ? party.id() : party.displayName();
	}

	static Party of(String type, String id, String name) {
		switch (type) {
			case "person":
				return new Party.Person(PersonalIdentityNumber.parse(id), name);
			case "organisation":
				return new Party.Organisation(OrganisationNumber.parse(id), name);
			case "visitor":
				return new Party.Visitor(id);
			case "anonymous":
				return new Party.Anonymous(id.substring("anonymous:".length()), name);
			case "staff":
				return new Party.Staff(id, name);
			default:
				throw new IllegalStateException("a stored party has an unknown type: " + type);
		}
	}
}
