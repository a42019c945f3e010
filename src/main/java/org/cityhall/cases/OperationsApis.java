package org.cityhall.cases;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.shared.Party;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;

/**
 * How an operations system signs in to CityHall's APIs, for a module that takes calls from one: the same
 * OAuth2 client credentials, issuer, audience and per-client department as the cases API
 * ({@code cityhall.api.*}, see docs/operations-api.md), the same stateless chain and problem-detail 401 and
 * 403 answers. A token's scopes become {@code SCOPE_<scope>} authorities, only for a client with a department.
 */
public interface OperationsApis {

	/**
	 * The security filter chain for an API's paths; declare it as a bean with an {@code @Order} before the
	 * page chain's.
	 * @param paths the paths it matches
	 * @param scopeFor the scope a request needs, named in the 403 when it is missing
	 * @param rules who may reach what, by scope authorities
	 */
	SecurityFilterChain chain(HttpSecurity http, String[] paths, Function<HttpServletRequest, String> scopeFor,
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
			throws Exception;

	/** The operations system a request's authentication belongs to; empty for anything else. */
	Optional<OperationsSystem> caller(Authentication authentication);

	/**
	 * An operations system calling with a token.
	 *
	 * @param clientId the client id, which scopes what the system sends
	 * @param department the department it belongs to, by its catalogue id; empty for none (it then reaches nothing)
	 * @param asStaff the system as the audit log and timelines name it
	 */
	record OperationsSystem(String clientId, Optional<String> department, Party.Staff asStaff) {
	}
}
