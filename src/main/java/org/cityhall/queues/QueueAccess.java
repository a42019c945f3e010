package org.cityhall.queues;

import org.cityhall.identity.PopulationRegister;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an entry: its applicant, whoever acts for its subject, and a guardian the
 * population register shows for a child's entry made without login.
 */
@Component
public class QueueAccess {

	private final PopulationRegister population;

	QueueAccess(PopulationRegister population) {
		this.population = population;
	}

	public boolean mayActOn(Entry entry, Actor actor) {
		return same(entry.applicant(), actor.who()) || same(entry.subject(), actor.forWhom()) || isGuardian(actor.who(), entry);
	}

	static boolean same(Party a, Party b) {
		return a.kind().equals(b.kind()) && a.id().equals(b.id());
	}

	boolean isGuardian(Party who, Entry entry) {
		return who instanceof Party.Person guardian && entry.subject() instanceof Party.Person child
				&& population.isGuardianOf(guardian.number(), child.number());
	}
}
