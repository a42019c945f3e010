package org.cityhall.identity.login;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.identity.SignedIn;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Party;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs someone in who proved who they are without OpenID Connect – with the demo eID or an
 * e-mail code – exactly as an OIDC login would: a new session id, the same authorities, the
 * sign-in kept in the (database-backed) session.
 */
@Component
class SignInSessions {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
	private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();

	void signIn(SignedIn signedIn, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities(signedIn));
		request.getSession(true);
		fixation.onAuthentication(authentication, request, response);
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		repository.saveContext(context, request, response);
		SessionLifetime.signedIn(request);
	}

	static List<GrantedAuthority> authorities(SignedIn signedIn) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		Party party = signedIn.party();
		if (party instanceof Party.Person) {
			authorities.add(new SimpleGrantedAuthority("ROLE_RESIDENT"));
		}
		else if (party instanceof Party.Visitor) {
			authorities.add(new SimpleGrantedAuthority("ROLE_VISITOR"));
		}
		else if (party instanceof Party.Staff) {
			authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
			signedIn.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(StaffRoles.authority(role.role()))));
		}
		else {
			throw new IllegalArgumentException("an organisation cannot sign in itself");
		}
		return authorities;
	}
}
