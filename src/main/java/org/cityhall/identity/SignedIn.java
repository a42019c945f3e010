package org.cityhall.identity;

import java.io.Serializable;
import java.util.Set;

import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Whoever is signed in, however they signed in: a resident with a Swedish eID, a visitor with an
 * e-mail code, or a member of staff. Its name is the party's id: the 12-digit personal identity
 * number for residents, the staff id for staff.
 */
public interface SignedIn extends AuthenticatedPrincipal, Serializable {

	Party party();

	LevelOfAssurance assurance();

	/** Staff roles with their scopes; empty for residents and visitors. */
	Set<ScopedRole> roles();

	/** False for a resident the population register does not know (newly arrived, say). */
	boolean inPopulationRegister();

	@Override
	default String getName() {
		return party().id();
	}
}
