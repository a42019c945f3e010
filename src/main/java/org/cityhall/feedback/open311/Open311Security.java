package org.cityhall.feedback.open311;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.cityhall.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Open311 is open to anyone, and its clients post without a session: they have no CSRF token, and their
 * API key (checked by the controller) is what lets them write.
 */
@Component
@Order(40)
class Open311Security implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern(HttpMethod.POST, Open311Controller.BASE + "/**")))
				.authorizeHttpRequests(requests -> requests.requestMatchers(Open311Controller.BASE + "/**").permitAll());
	}
}
