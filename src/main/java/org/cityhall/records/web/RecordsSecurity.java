package org.cityhall.records.web;

import org.cityhall.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * A care diary is opened by residents (the person, or a relative with consent) and staff; the
 * pre-school portal's guardian pages by residents. The kiosk view is open to all: it shows nothing
 * personal. Staff pages are under {@code /staff}, which identity already keeps to staff.
 */
@Component
@Order(20)
class RecordsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/care-diary/**").hasAnyRole("RESIDENT", "STAFF")
				.requestMatchers("/preschool-portal/kiosk/**").permitAll()
				.requestMatchers("/preschool-portal/**").hasRole("RESIDENT"));
	}
}
