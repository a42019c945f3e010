package org.cityhall.identity.consents;

import org.cityhall.identity.SignedIn;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.security.access.AccessDeniedException;

/** Consents are given and received by residents signed in with a personal identity number, for themselves. */
final class Residents {

	private Residents() {
	}

	/** The signed-in resident acting for themselves; a visitor or member of staff is refused. */
	static Actor self(SignedIn me) {
		if (me == null || !(me.party() instanceof Party.Person)) {
			throw new AccessDeniedException("consents are for residents signed in with a personal identity number");
		}
		return Actor.self(me.party(), me.assurance());
	}

	static Party.Person person(Actor actor) {
		return (Party.Person) actor.who();
	}
}
