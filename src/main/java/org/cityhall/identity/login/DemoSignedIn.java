package org.cityhall.identity.login;

import java.util.Set;

import org.cityhall.identity.SignedIn;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;

/** Someone signed in with the demo city's test eID. */
record DemoSignedIn(Party party, LevelOfAssurance assurance, Set<ScopedRole> roles, boolean inPopulationRegister)
		implements SignedIn {

	DemoSignedIn {
		roles = Set.copyOf(roles);
	}

	@Override
	public String getName() {
		return party.id();
	}
}
