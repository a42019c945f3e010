package org.cityhall.cases.api;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.cases.OperationsApis;
import org.cityhall.catalogue.Catalogue;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;

/**
 * The one way operations systems sign in, for the cases API and every module's API beside it: an OAuth2
 * resource server for the configured issuer's JWTs, stateless, no CSRF token, no login page, and 401 and 403
 * as problem details.
 */
@Component
class OperationsApiChains implements OperationsApis {

	private final CasesApiProperties properties;
	private final Catalogue catalogue;

	OperationsApiChains(CasesApiProperties properties, Catalogue catalogue) {
		this.properties = properties;
		this.catalogue = catalogue;
	}

	@Override
	public SecurityFilterChain chain(HttpSecurity http, String[] paths, Function<HttpServletRequest, String> scopeFor,
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
			throws Exception {
		ProblemResponses problems = new ProblemResponses(properties.acceptsTokens(), scopeFor);
		http.securityMatcher(paths)
				.authorizeHttpRequests(rules)
				.oauth2ResourceServer(server -> server
						.jwt(jwt -> jwt.decoder(CasesApiSecurity.decoder(properties))
								.jwtAuthenticationConverter(new OperationsClients(properties, catalogue)))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.requestCache(cache -> cache.disable())
				.formLogin(form -> form.disable())
				.httpBasic(basic -> basic.disable())
				.logout(logout -> logout.disable())
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
						.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Override
	public Optional<OperationsSystem> caller(Authentication authentication) {
		if (authentication instanceof OperationsClientAuthentication client) {
			OperationsClient c = client.getPrincipal();
			return Optional.of(new OperationsSystem(c.clientId(), c.department(), c.asStaff()));
		}
		return Optional.empty();
	}
}
