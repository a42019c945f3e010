package org.cityhall.identity.acting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityhall.identity.CompanyRegister;
import org.cityhall.identity.Consent;
import org.cityhall.identity.Consents;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Actor.Representation;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Component;

/**
 * For whom a signed-in person may act, asked of the registers and the consents at the moment of
 * asking: a child they are guardian of today, a person whose consent is in force now, a company
 * they sign for. Nothing is remembered between requests, so a revoked consent or an ended
 * guardianship stops access at once.
 */
@Component
class Representations {

	private final PopulationRegister population;
	private final Consents consents;
	private final CompanyRegister companies;

	Representations(PopulationRegister population, Consents consents, CompanyRegister companies) {
		this.population = population;
		this.consents = consents;
		this.companies = companies;
	}

	/** Everyone the person may act for right now, themselves first. */
	List<Option> optionsFor(SignedIn me) {
		return optionsFor(me.party());
	}

	/** Everyone the party may act for right now, themselves first. */
	List<Option> optionsFor(Party party) {
		List<Option> options = new ArrayList<>();
		options.add(new Option(Representation.SELF, party.id(), party.displayName()));
		if (party instanceof Party.Person person) {
			population.childrenOf(person.number()).forEach(child ->
					options.add(new Option(Representation.GUARDIAN, child.number().value(), child.fullName())));
			for (Consent consent : consents.activeReceivedBy(person.number())) {
				if (options.stream().noneMatch(o -> o.subjectId().equals(consent.grantor().value()))) {
					String name = consent.grantorName() == null || consent.grantorName().isBlank()
							? consent.grantor().masked() : consent.grantorName();
					options.add(new Option(Representation.CONSENT, consent.grantor().value(), name));
				}
			}
			companies.signedBy(person.number()).forEach(company ->
					options.add(new Option(Representation.SIGNATORY, company.number().value(), company.name())));
		}
		return options;
	}

	/** The actor for this request: the chosen representation if it still holds, else the person themself. */
	Actor actorFor(SignedIn me, ActingFor chosen) {
		Actor self = new Actor(me.party(), me.party(), Representation.SELF, me.roles(), me.assurance());
		if (chosen == null || chosen.representation() == Representation.SELF) {
			return self;
		}
		return resolve(me, chosen.representation(), chosen.subjectId()).orElse(self);
	}

	/** The actor for acting for {@code subjectId} in the given way, if the person may. */
	Optional<Actor> resolve(SignedIn me, Representation representation, String subjectId) {
		if (representation == Representation.SELF) {
			return subjectId.equals(me.party().id())
					? Optional.of(new Actor(me.party(), me.party(), Representation.SELF, me.roles(), me.assurance()))
					: Optional.empty();
		}
		return optionsFor(me).stream()
				.filter(option -> option.representation() == representation && option.subjectId().equals(subjectId))
				.findFirst()
				.map(option -> new Actor(me.party(), partyOf(option), representation, me.roles(), me.assurance()));
	}

	static Party partyOf(Option option) {
		if (option.representation() == Representation.SIGNATORY) {
			return new Party.Organisation(OrganisationNumber.parse(option.subjectId()), option.name());
		}
		return new Party.Person(org.cityhall.shared.PersonalIdentityNumber.parse(option.subjectId()), option.name());
	}

	/** Someone the person may act for, and why. */
	record Option(Representation representation, String subjectId, String name) {
	}
}
