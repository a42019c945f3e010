package org.cityhall.identity.login;

import java.util.Collection;
import java.util.Set;

import org.cityhall.identity.SignedIn;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Someone signed in through OpenID Connect. It stays an OIDC user, so logging out also ends the
 * session at the identity provider.
 */
final class OidcSignedIn extends DefaultOidcUser implements SignedIn {

	private final Party party;
	private final LevelOfAssurance assurance;
	private final Set<ScopedRole> roles;
	private final boolean inPopulationRegister;

	OidcSignedIn(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
			Party party, LevelOfAssurance assurance, Set<ScopedRole> roles, boolean inPopulationRegister) {
		super(authorities, idToken, userInfo);
		this.party = party;
		this.assurance = assurance;
		this.roles = Set.copyOf(roles);
		this.inPopulationRegister = inPopulationRegister;
	}

	@Override
	public Party party() {
		return party;
	}

	@Override
	public LevelOfAssurance assurance() {
		return assurance;
	}

	@Override
	public Set<ScopedRole> roles() {
		return roles;
	}

	@Override
	public boolean inPopulationRegister() {
		return inPopulationRegister;
	}

	@Override
	public String getName() {
		return party.id();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OidcSignedIn that && party.equals(that.party) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return party.hashCode();
	}
}
