package org.cityhall.identity.acting;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.cityhall.web.HeaderItem;
import org.springframework.stereotype.Component;

/** The header always says whom a signed-in resident acts for, with a way to change it. */
@Component
class ActingForHeaderItem implements HeaderItem {

	private final CurrentActor currentActor;

	ActingForHeaderItem(CurrentActor currentActor) {
		this.currentActor = currentActor;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String fragment() {
		return "identity/header :: acting-for";
	}

	@Override
	public Optional<Map<String, ?>> modelFor(HttpServletRequest request) {
		Optional<Boolean> resident = CurrentActor.signedIn().map(me -> me.party() instanceof Party.Person);
		if (!resident.orElse(false)) {
			return Optional.empty();
		}
		Actor actor = currentActor.of(request);
		return Optional.of(Map.of("name", actor.forWhom().displayName(), "self", !actor.actsForSomeoneElse()));
	}
}
