package org.cityhall.cases.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The cases API's own security filter chain, ahead of the frame's page chain: an OAuth2 resource
 * server for JWT access tokens that operations systems get with the client credentials grant.
 * Stateless — no session, no CSRF token, no login page; a request without a valid token is answered
 * 401, one without the scope 403. Reading needs {@value #READ}; changing a case and managing webhooks
 * needs {@value #WRITE}. The public catalogue API ({@code /api/v1/eservices}) is not matched here and
 * stays open on the page chain.
 */
@Configuration(proxyBeanMethods = false)
class CasesApiSecurity {

	static final String READ = "cases:read";
	static final String WRITE = "cases:write";
	static final String[] PATHS = {"/api/v1/cases", "/api/v1/cases/**", "/api/v1/webhooks", "/api/v1/webhooks/**"};

	@Bean
	@Order(10)
	SecurityFilterChain casesApiFilterChain(HttpSecurity http, OperationsApiChains chains) throws Exception {
		return chains.chain(http, PATHS, CasesApiSecurity::scopeFor, requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/**").hasAuthority("SCOPE_" + READ)
				.requestMatchers(HttpMethod.POST, "/api/v1/cases/**").hasAuthority("SCOPE_" + WRITE)
				.requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**").hasAuthority("SCOPE_" + WRITE)
				.anyRequest().denyAll());
	}

	/**
	 * The decoder for the configured issuer, which finds the issuer's keys on first use so CityHall starts
	 * while the authorization server is away. Without an issuer or key set, every token is refused.
	 */
	static JwtDecoder decoder(CasesApiProperties properties) {
		if (!properties.acceptsTokens()) {
			return token -> {
				throw new BadJwtException("CityHall has no authorization server configured for the cases API");
			};
		}
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = CasesApiProperties.present(properties.jwkSetUri())
					? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build()
					: NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
			List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
			if (CasesApiProperties.present(properties.issuerUri())) {
				validators.add(new JwtIssuerValidator(properties.issuerUri()));
			}
			if (CasesApiProperties.present(properties.audience())) {
				validators.add(new JwtAudienceValidator(properties.audience()));
			}
			decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
			return decoder;
		});
	}

	/** The scope a request needs, for the message when it is missing. */
	static String scopeFor(HttpServletRequest request) {
		boolean reading = HttpMethod.GET.matches(request.getMethod()) && request.getRequestURI().startsWith("/api/v1/cases");
		return reading ? READ : WRITE;
	}
}
