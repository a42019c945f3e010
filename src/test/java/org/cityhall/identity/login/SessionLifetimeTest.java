package org.cityhall.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A sign-in ends after its absolute lifetime however active it is. */
class SessionLifetimeTest {

	private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(8));

	@Test
	void aSignInOlderThanItsLifetimeIsEndedAndThePersonToldSo() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SessionLifetime.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(8).plusMinutes(1)));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/act-for");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		lifetime.doFilter(request, response, chain);

		assertThat(session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isEqualTo("/session/expired");
		assertThat(chain.getRequest()).as("the page was not served").isNull();
	}

	@Test
	void aYoungerSignInGoesOn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SessionLifetime.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(7)));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/act-for");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();

		lifetime.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(session.isInvalid()).isFalse();
		assertThat(chain.getRequest()).isNotNull();
	}
}
