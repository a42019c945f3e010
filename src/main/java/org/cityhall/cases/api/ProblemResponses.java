package org.cityhall.cases.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases API's 401 and 403 as problem details, with the {@code WWW-Authenticate} header RFC 6750 asks
 * for: what was missing is said plainly, so an operations system's developer knows which token or
 * scope to ask the city for.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final boolean acceptsTokens;
	private final java.util.function.Function<HttpServletRequest, String> scopeFor;
	private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
	private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

	/** The cases API's answers, naming the scope the request's method and path need. */
	ProblemResponses(boolean acceptsTokens) {
		this(acceptsTokens, CasesApiSecurity::scopeFor);
	}

	/** The answers for an API whose requests need the scope {@code scopeFor} names. */
	ProblemResponses(boolean acceptsTokens, java.util.function.Function<HttpServletRequest, String> scopeFor) {
		this.acceptsTokens = acceptsTokens;
		this.scopeFor = scopeFor;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		bearerEntryPoint.commence(request, response, failure);
		String detail;
		if (!acceptsTokens) {
			detail = "the cases API is not open: CityHall has no authorization server configured for it "
					+ "(cityhall.api.issuer-uri), so no token is accepted";
		}
		else if (failure instanceof InvalidBearerTokenException) {
			detail = "the access token was not accepted: " + failure.getMessage();
		}
		else {
			detail = "an access token is required: get one from the city's authorization server with the OAuth2 "
					+ "client credentials grant and send it as Authorization: Bearer <token>";
		}
		write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		bearerDenied.handle(request, response, denied);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String detail;
		if (authentication instanceof OperationsClientAuthentication client
				&& client.getPrincipal().department().isEmpty()) {
			detail = "client " + client.getPrincipal().clientId() + " belongs to no department of the city: the city "
					+ "configures it (cityhall.api.clients." + client.getPrincipal().clientId() + ".department) or its "
					+ "tokens name a department in their department claim";
		}
		else {
			detail = "the access token lacks the scope " + scopeFor.apply(request);
		}
		write(request, response, HttpStatus.FORBIDDEN, detail);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}
}
