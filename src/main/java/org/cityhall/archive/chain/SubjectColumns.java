package org.cityhall.archive.chain;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A record's subject as {@code archive_record} holds it: the kind as the party's JSON names it
 * ({@code person}, {@code organisation}, {@code visitor}, {@code staff}, {@code anonymous}), its id
 * ({@link Party#id()}) and the name it was filed with.
 */
public final class SubjectColumns {

	private static final String ANONYMOUS_PREFIX = "anonymous:";

	private SubjectColumns() {
	}

	public static String kind(Party party) {
		if (party instanceof Party.Person) {
			return "person";
		}
		if (party instanceof Party.Organisation) {
			return "organisation";
		}
		if (party instanceof Party.Visitor) {
			return "visitor";
		}
		if (party instanceof Party.Staff) {
			return "staff";
		}
		return "anonymous";
	}

	/** The name it was given with, or {@code null}: never a number or address shown in its place. */
	public static String name(Party party) {
		if (party instanceof Party.Person person) {
			return person.name();
		}
		if (party instanceof Party.Organisation organisation) {
			return organisation.name();
		}
		if (party instanceof Party.Staff staff) {
			return staff.name();
		}
		if (party instanceof Party.Anonymous anonymous) {
			return anonymous.name();
		}
		return null;
	}

	/** The party back from its columns. */
	public static Party party(String kind, String id, String name) {
		switch (kind) {
			case "person":
				return new Party.Person(PersonalIdentityNumber.parse(id), name);
			case "organisation":
				return new Party.Organisation(OrganisationNumber.parse(id), name);
			case "visitor":
				return new Party.Visitor(id);
			case "staff":
				return new Party.Staff(id, name);
			case "anonymous":
				return new Party.Anonymous(id.startsWith(ANONYMOUS_PREFIX) ? id.substring(ANONYMOUS_PREFIX.length()) : id, name);
			default:
				throw new IllegalStateException("unknown kind of subject '" + kind + "'");
		}
	}
}
