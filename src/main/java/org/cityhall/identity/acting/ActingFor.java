package org.cityhall.identity.acting;

import java.io.Serializable;

import org.cityhall.shared.Actor.Representation;

/** Whom the signed-in person chose to act for, as kept in their session. Checked again on every request. */
record ActingFor(Representation representation, String subjectId) implements Serializable {

	static final String SESSION_ATTRIBUTE = ActingFor.class.getName();
}
