package org.cityhall.cases.api;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An operations system authenticated by its access token: the principal is the {@link OperationsClient}. */
public final class OperationsClientAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final OperationsClient client;
	private final transient Jwt token;

	OperationsClientAuthentication(OperationsClient client, Jwt token, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.client = client;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public OperationsClient getPrincipal() {
		return client;
	}

	@Override
	public Jwt getCredentials() {
		return token;
	}

	@Override
	public String getName() {
		return client.clientId();
	}
}
