package org.cityhall.placement;

import java.time.ZoneId;

import org.cityhall.identity.PersonMoved;
import org.cityhall.identity.PopulationRegister;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Home is the registered address on the round's reference date: a child who moves on or before it takes
 * the new address into the round's distances; a move after it changes nothing. Idempotent: the same move
 * sets the same home again.
 */
@Component
class HomesOnTheReferenceDate {

	private final Applications applications;
	private final PopulationRegister population;

	HomesOnTheReferenceDate(Applications applications, PopulationRegister population) {
		this.applications = applications;
		this.population = population;
	}

	@ApplicationModuleListener
	void on(PersonMoved moved) {
		population.find(moved.number()).ifPresent(child -> applications.moveHome(child.number().value(), child.position(),
				child.district(), moved.occurredAt().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate()));
	}
}
