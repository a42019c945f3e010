package org.cityhall.billing.jdbc;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** A payer as billing's tables hold it: its kind, its id and the name to show. */
public final class PayerColumns {

	private PayerColumns() {
	}

	/** The kind column's value for the party: {@code PERSON}, {@code ORGANISATION}, {@code VISITOR} or {@code STAFF}. */
	public static String kindOf(Party party) {
		if (party instanceof Party.Person) {
			return "PERSON";
		}
		if (party instanceof Party.Organisation) {
			return "ORGANISATION";
		}
		if (party instanceof Party.Visitor) {
			return "VISITOR";
		}
		return "STAFF";
	}

	/** The name column's value: the name the party was given with, or {@code null}. */
	public static String nameOf(Party party) {
		if (party instanceof Party.Person person) {
			return person.name();
		}
		if (party instanceof Party.Organisation organisation) {
			return organisation.name();
		}
		if (party instanceof Party.Staff staff) {
			return staff.name();
		}
		return null;
	}

	/** The party back from its columns. */
	public static Party party(String kind, String id, String name) {
		switch (kind) {
			case "PERSON":
				return new Party.Person(PersonalIdentityNumber.parse(id), name);
			case "ORGANISATION":
				return new Party.Organisation(OrganisationNumber.parse(id), name);
			case "VISITOR":
				return new Party.Visitor(id);
			case "STAFF":
				return new Party.Staff(id, name);
			default:
				throw new IllegalStateException("unknown kind of payer '" + kind + "'");
		}
	}
}
