package org.cityhall.notifications.web;

import org.cityhall.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The inbox and the contact details are for residents and visitors signed in; the demo phone only
 * for residents, who have mobile numbers. The demo SMS gateway takes JSON from the SMS adapter with
 * its bearer token instead of a CSRF token, like any gateway would.
 */
@Component
@Order(40)
class NotificationsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/my-pages/inbox/**", "/my-pages/contact-details/**").hasAnyRole("RESIDENT", "VISITOR")
				.requestMatchers("/demo/phone").hasRole("RESIDENT"));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern(HttpMethod.POST, "/demo/sms-gateway")));
	}
}
