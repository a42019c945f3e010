package org.cityhall.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cityhall.forms.Answers;
import org.cityhall.forms.Field;
import org.cityhall.forms.FieldType;
import org.cityhall.forms.FormDefinition;
import org.cityhall.forms.Prefill;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Component;

/**
 * Answers the city already knows, filled in when a draft starts: the applicant's and the subject's
 * name, identity number and registered address. A protected identity's address is never filled in,
 * so it does not travel into a case that officers read.
 */
@Component
class Prefills {

	private final PopulationRegister population;

	Prefills(PopulationRegister population) {
		this.population = population;
	}

	Answers of(FormDefinition form, Actor actor) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Field field : form.allFields()) {
			field.prefill().flatMap(prefill -> value(prefill, field, actor)).ifPresent(value -> values.put(field.id(), value));
		}
		return new Answers(values);
	}

	private Optional<Object> value(Prefill prefill, Field field, Actor actor) {
		boolean subject = prefill == Prefill.SUBJECT_NAME || prefill == Prefill.SUBJECT_IDENTITY_NUMBER
				|| prefill == Prefill.SUBJECT_ADDRESS;
		Party party = subject ? actor.forWhom() : actor.who();
		if (!(party instanceof Party.Person)) {
			return prefill == Prefill.APPLICANT_NAME || prefill == Prefill.SUBJECT_NAME
					? Optional.ofNullable(named(party)) : Optional.empty();
		}
		Party.Person person = (Party.Person) party;
		switch (prefill) {
			case APPLICANT_NAME:
			case SUBJECT_NAME:
				return Optional.ofNullable(named(person));
			case APPLICANT_IDENTITY_NUMBER:
			case SUBJECT_IDENTITY_NUMBER:
				return Optional.of(field.type() == FieldType.IDENTITY_NUMBER ? person.number() : person.number().formatted());
			default:
				return population.find(person.number()).filter(registered -> !registered.protectedIdentity())
						.map(Person::address).map(address -> address.oneLine());
		}
	}

	private static String named(Party party) {
		if (party instanceof Party.Anonymous || party instanceof Party.Visitor) {
			return null;
		}
		return party.displayName();
	}
}
