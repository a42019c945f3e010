package org.cityhall.identity.login;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in lasts at most {@code cityhall.identity.session-absolute-timeout} (8 hours) however
 * active it is; idleness ends it sooner ({@code spring.session.timeout}, 20 minutes), after a
 * warning on the page that lets the person stay (WCAG 2.2.1, Timing Adjustable).
 */
@Component
class SessionLifetime extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

	private final Duration absolute;

	SessionLifetime(@Value("${cityhall.identity.session-absolute-timeout:8h}") Duration absolute) {
		this.absolute = absolute;
	}

	/** Remembers when the sign-in happened; called by every way of signing in. */
	static void signedIn(HttpServletRequest request) {
		request.getSession(true).setAttribute(SIGNED_IN_AT, Instant.now());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
				&& Instant.now().isAfter(signedInAt.plus(absolute))) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/session/expired");
			return;
		}
		chain.doFilter(request, response);
	}
}
