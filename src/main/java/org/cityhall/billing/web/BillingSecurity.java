package org.cityhall.billing.web;

import org.cityhall.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** Payment pages and invoices are for signed-in residents and visitors; each page then checks that the fee is theirs to pay. */
@Component
@Order(30)
class BillingSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/payments/**", "/invoices/**").hasAnyRole("RESIDENT", "VISITOR"));
	}
}
