package org.cityhall.identity.login;

/** Claim and scope names of the Swedish OpenID Connect profile (id.oidc.se). */
final class EidClaims {

	static final String SCOPE_NATURAL_PERSON_NUMBER = "https://id.oidc.se/scope/naturalPersonNumber";
	static final String PERSONAL_IDENTITY_NUMBER = "https://id.oidc.se/claim/personalIdentityNumber";
	static final String COORDINATION_NUMBER = "https://id.oidc.se/claim/coordinationNumber";

	private EidClaims() {
	}
}
