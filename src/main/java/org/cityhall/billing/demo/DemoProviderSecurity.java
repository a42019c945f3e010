package org.cityhall.billing.demo;

import org.cityhall.web.SecurityContribution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The stand-in provider's API is called server to server with its API key, not from a browser
 * form, so it takes no CSRF token; its card page, a form in the payer's browser, does.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoProviderSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.csrf(csrf -> csrf.ignoringRequestMatchers(DemoPayments.API_PATH + "/payments", DemoPayments.API_PATH + "/payments/**"));
	}
}
