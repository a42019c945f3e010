package org.cityhall.identity.demo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * The residents the demo city's test eID offers, with the same numbers whatever the seed: each
 * is in the demo population register (but the visitor) with the relations described. Their
 * numbers, like every number in the demo city, use the birth numbers 980–999 only.
 */
public final class DemoPersonas {

	/** A persona: a 12-digit personal identity number, or the visitor's e-mail address, as {@code id}. */
	public record Persona(String id, String name, LocalizedText description) {

		public Persona {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(description, "description");
		}

		/** The personal identity number; empty for the visitor. */
		public Optional<PersonalIdentityNumber> number() {
			return isVisitor() ? Optional.empty() : Optional.of(PersonalIdentityNumber.parse(id));
		}

		public boolean isVisitor() {
			return id.contains("@");
		}

		/** The persona as a party that acts: a person, or a visitor known by e-mail. */
		public Party party() {
			return isVisitor() ? new Party.Visitor(id) : new Party.Person(PersonalIdentityNumber.parse(id), name);
		}
	}

	public static final Persona PARENT = new Persona("198804129826", "Sara Lindqvist", new LocalizedText(
			"Förälder till två barn, ett i förskoleåldern. Delar vårdnaden med Johan Berg. Bor i Hägersten.",
			"Parent of two, one of pre-school age. Shares custody with Johan Berg. Lives in Hägersten."));

	public static final Persona PRESCHOOL_CHILD = new Persona("202208199840", "Elsa Lindqvist", new LocalizedText(
			"Sara Lindqvists och Johan Bergs dotter, i förskoleåldern. Folkbokförd hos Sara.",
			"Daughter of Sara Lindqvist and Johan Berg, of pre-school age. Registered at Sara's address."));

	public static final Persona SCHOOL_CHILD = new Persona("201703059913", "Noah Lindqvist", new LocalizedText(
			"Sara Lindqvists och Johan Bergs son, i skolåldern. Folkbokförd hos Sara.",
			"Son of Sara Lindqvist and Johan Berg, of school age. Registered at Sara's address."));

	public static final Persona CO_PARENT = new Persona("198609239937", "Johan Berg", new LocalizedText(
			"Delar vårdnaden om Elsa och Noah med Sara Lindqvist. Bor på en annan adress, i Älvsjö.",
			"Shares custody of Elsa and Noah with Sara Lindqvist. Lives at another address, in Älvsjö."));

	public static final Persona ELDERLY = new Persona("193902149867", "Birgitta Holm", new LocalizedText(
			"Över 80 år, bor ensam i Bromma och har hemtjänst.",
			"Over 80, lives alone in Bromma and has home help."));

	public static final Persona RELATIVE = new Persona("196606309950", "Anders Holm", new LocalizedText(
			"Birgitta Holms son. Bor i Farsta och hjälper sin mamma med hennes ärenden.",
			"Birgitta Holm's son. Lives in Farsta and helps his mother with her matters."));

	public static final Persona CAR_OWNER = new Persona("197911039886", "Karin Ek", new LocalizedText(
			"Bor på Södermalm, där boendeparkering gäller, och äger en bil i trafik.",
			"Lives on Södermalm, where residents' parking applies, and owns a car in traffic."));

	public static final Persona BUSINESS_OWNER = new Persona("197501279975", "Yusuf Demir", new LocalizedText(
			"Firmatecknare för restaurangbolaget Kvarterskrogen Linden AB. Bor på Kungsholmen.",
			"Signs for the restaurant company Kvarterskrogen Linden AB. Lives on Kungsholmen."));

	public static final Persona VISITOR = new Persona("visitor@example.org", "visitor@example.org", new LocalizedText(
			"Besökare utan svenskt personnummer. Loggar in med en kod till sin e-post.",
			"A visitor without a Swedish number. Signs in with a code sent to their e-mail."));

	/** The car owner's car, in traffic, without a leasing user. */
	public static final String CAR_OWNER_PLATE = "RPK27B";

	/** The restaurant company the business owner signs for. */
	public static final String RESTAURANT_ORGANISATION_NUMBER = "5594123076";

	public static final String RESTAURANT_NAME = "Kvarterskrogen Linden AB";

	/** The personas the demo login offers, in the order to show them. The children are not among them. */
	public static final List<Persona> SIGN_IN = List.of(PARENT, CO_PARENT, ELDERLY, RELATIVE, CAR_OWNER, BUSINESS_OWNER,
			VISITOR);

	private DemoPersonas() {
	}
}
