package org.cityhall.identity.login;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.identity.SignedIn;
import org.cityhall.web.HeaderItem;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** In the header of every page: a login link, or who is signed in and a way out. */
@Component
class AccountHeaderItem implements HeaderItem {

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String fragment() {
		return "identity/header :: account";
	}

	@Override
	public Optional<Map<String, ?>> modelFor(HttpServletRequest request) {
		if (request.getUserPrincipal() instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof SignedIn signedIn) {
			var session = request.getSession(false);
			int timeout = session == null ? 0 : session.getMaxInactiveInterval();
			boolean staff = signedIn.party() instanceof org.cityhall.shared.Party.Staff;
			return Optional.of(Map.of("name", signedIn.party().displayName(), "timeout", timeout,
					"home", staff ? "/staff" : "/my-pages", "homeKey", staff ? "identity.header.staff" : "identity.header.my-pages"));
		}
		return Optional.of(Map.of());
	}
}
