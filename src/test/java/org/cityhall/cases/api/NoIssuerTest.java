package org.cityhall.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.cityhall.testing.OperationsSystems;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Without an authorization server configured, the cases API is closed, never open. */
class NoIssuerTest {

	private static final CasesApiProperties NOTHING_CONFIGURED = new CasesApiProperties(null, null, null, null,
			"department", Map.of(), Duration.ofDays(7), new CasesApiProperties.Webhooks(false, 12, Duration.ofSeconds(30),
					Duration.ofHours(6), Duration.ofSeconds(10), 20, 25));

	@Test
	void everyTokenIsRefusedEvenAValidOne() {
		String valid = OperationsSystems.token("ecos", "environment-health", "cases:read");

		assertThat(NOTHING_CONFIGURED.acceptsTokens()).isFalse();
		assertThatThrownBy(() -> CasesApiSecurity.decoder(NOTHING_CONFIGURED).decode(valid))
				.isInstanceOf(BadJwtException.class)
				.hasMessageContaining("no authorization server configured");
	}

	@Test
	void theAnswerIsA401ProblemSayingTheApiIsNotOpen() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cases/HPL-2026-000001");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new ProblemResponses(false).commence(request, response, new InvalidBearerTokenException("refused"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":401").contains("the cases API is not open");
	}
}
