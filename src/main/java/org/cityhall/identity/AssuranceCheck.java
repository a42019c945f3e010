package org.cityhall.identity;

import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;

/**
 * Whether the one acting may use an e-service that needs a given level of assurance: a resident
 * whose login is below it is asked to sign in again at that level (step-up); a visitor signed in
 * with an e-mail code gets in only where the e-service is open to visitors.
 */
public final class AssuranceCheck {

	private AssuranceCheck() {
	}

	/** What to do with someone who wants to use the e-service. */
	public enum Outcome {
		ALLOWED,
		/** Sign in again at the required level: send them to {@link #stepUpUrl}. */
		STEP_UP,
		/** A visitor, and the e-service is for people with a Swedish eID only. */
		VISITORS_NOT_ALLOWED
	}

	public static Outcome check(Actor actor, LevelOfAssurance required, boolean visitorsAllowed) {
		if (actor.who() instanceof Party.Visitor) {
			return visitorsAllowed ? Outcome.ALLOWED : Outcome.VISITORS_NOT_ALLOWED;
		}
		return actor.assurance().isAtLeast(required) ? Outcome.ALLOWED : Outcome.STEP_UP;
	}

	/** Where a resident signs in again at the required level; the eID is asked for it with {@code acr_values}. */
	public static String stepUpUrl(LevelOfAssurance required) {
		if (required == LevelOfAssurance.EMAIL_CODE) {
			throw new IllegalArgumentException("an e-mail code is not a level to step up to");
		}
		return "/oauth2/authorization/eid?level=" + required.name();
	}
}
