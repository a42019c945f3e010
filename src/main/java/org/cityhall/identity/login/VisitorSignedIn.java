package org.cityhall.identity.login;

import java.util.Objects;
import java.util.Set;

import org.cityhall.identity.SignedIn;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;

/**
 * A visitor signed in with a one-time code sent to their e-mail address, at the lowest level of
 * assurance. Only the address is kept, so the sign-in serialises into the database-backed session.
 *
 * @param email the address the visitor proved they hold, in lower case
 */
record VisitorSignedIn(String email) implements SignedIn {

	private static final long serialVersionUID = 1L;

	VisitorSignedIn {
		Objects.requireNonNull(email, "email");
	}

	@Override
	public Party party() {
		return new Party.Visitor(email);
	}

	@Override
	public LevelOfAssurance assurance() {
		return LevelOfAssurance.EMAIL_CODE;
	}

	@Override
	public Set<ScopedRole> roles() {
		return Set.of();
	}

	@Override
	public boolean inPopulationRegister() {
		return false;
	}

	@Override
	public String getName() {
		return email;
	}
}
