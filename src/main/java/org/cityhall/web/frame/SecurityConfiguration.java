package org.cityhall.web.frame;

import java.util.List;

import org.cityhall.web.SecurityContribution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The frame's security: a strict Content-Security-Policy (no inline script or style anywhere),
 * no framing, no MIME sniffing, a careful referrer policy and HSTS over TLS. CSRF protection stays
 * on for every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ",
			"default-src 'self'",
			"script-src 'self'",
			"style-src 'self'",
			"img-src 'self' data:",
			"font-src 'self'",
			"connect-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"frame-ancestors 'none'");

	@Bean
	SecurityFilterChain frameSecurity(HttpSecurity http, List<SecurityContribution> contributions) throws Exception {
		for (SecurityContribution contribution : contributions) {
			contribution.contribute(http);
		}
		// Public pages are everything no module claimed.
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.frameOptions(frame -> frame.deny())
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
						.permissionsPolicyHeader(permissions -> permissions
								.policy("camera=(), microphone=(), payment=(), usb=(), interest-cohort=()"))
						.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}
}
