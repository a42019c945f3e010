package org.cityhall.shared;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Someone who acts, or for whom someone acts: a person, an organisation, a visitor, a member of
 * staff or someone known only by a private link. In JSON (events in the event publication registry)
 * a party carries its kind, so it reads back as the same kind:
 * {@code {"kind":"person","number":"198804129826","name":"Sara Lindqvist"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
		@JsonSubTypes.Type(value = Party.Person.class, name = "person"),
		@JsonSubTypes.Type(value = Party.Organisation.class, name = "organisation"),
		@JsonSubTypes.Type(value = Party.Visitor.class, name = "visitor"),
		@JsonSubTypes.Type(value = Party.Staff.class, name = "staff"),
		@JsonSubTypes.Type(value = Party.Anonymous.class, name = "anonymous")})
public sealed interface Party extends java.io.Serializable
		permits Party.Person, Party.Organisation, Party.Visitor, Party.Staff, Party.Anonymous {

	/** A stable id: the 12-digit number, the organisation number, the e-mail address or the staff id. */
	String id();

	/** The name to show. */
	String displayName();

	/**
	 * The party's kind as its JSON names it, and as tables keep it beside {@link #id()}: {@code person},
	 * {@code organisation}, {@code visitor}, {@code staff} or {@code anonymous}.
	 */
	default String kind() {
		if (this instanceof Person) {
			return "person";
		}
		if (this instanceof Organisation) {
			return "organisation";
		}
		if (this instanceof Visitor) {
			return "visitor";
		}
		if (this instanceof Anonymous) {
			return "anonymous";
		}
		return "staff";
	}

	/**
	 * A party back from its {@link #kind()}, {@link #id()} and name, as a table keeps them.
	 * @throws IllegalArgumentException for a kind that is none of the five, or an id that does not fit it
	 */
	static Party of(String kind, String id, String name) {
		switch (kind) {
			case "person":
				return new Person(PersonalIdentityNumber.parse(id), name);
			case "organisation":
				return new Organisation(OrganisationNumber.parse(id), name);
			case "visitor":
				return new Visitor(id);
			case "anonymous":
				return new Anonymous(id.startsWith("anonymous:") ? id.substring("anonymous:".length()) : id, name);
			case "staff":
				return new Staff(id, name);
			default:
				throw new IllegalArgumentException("unknown kind of party '" + kind + "'");
		}
	}

	/** A resident known by a Swedish personal identity or coordination number. */
	record Person(PersonalIdentityNumber number, String name) implements Party {

		public Person {
			Objects.requireNonNull(number, "number");
		}

		@Override
		public String id() {
			return number.value();
		}

		@Override
		public String displayName() {
			return name == null || name.isBlank() ? number.masked() : name;
		}
	}

	/** A company, association or public body. */
	record Organisation(OrganisationNumber number, String name) implements Party {

		@Override
		public String id() {
			return number.value();
		}

		@Override
		public String displayName() {
			return name;
		}
	}

	/** Someone without a Swedish number, known by the e-mail address they proved they hold. */
	record Visitor(String email) implements Party {

		@Override
		public String id() {
			return email;
		}

		@Override
		public String displayName() {
			return email;
		}
	}

	/** A member of the city's staff. */
	record Staff(String staffId, String name) implements Party {

		@Override
		public String id() {
			return staffId;
		}

		@Override
		public String displayName() {
			return name;
		}
	}

	/**
	 * Someone who used an e-service open without login, known to the city only by what they wrote and
	 * by the private link they were given to follow their matter.
	 *
	 * @param reference a random reference, unique to the matter
	 * @param name the name they gave, if any
	 */
	record Anonymous(String reference, String name) implements Party {

		public Anonymous {
			Objects.requireNonNull(reference, "reference");
		}

		@Override
		public String id() {
			return "anonymous:" + reference;
		}

		@Override
		public String displayName() {
			return name == null || name.isBlank() ? "–" : name;
		}
	}
}
