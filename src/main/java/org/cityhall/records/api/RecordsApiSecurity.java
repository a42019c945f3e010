package org.cityhall.records.api;

import org.cityhall.cases.OperationsApis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The records API signs operations systems in as the cases API does (see docs/operations-api.md):
 * posting care records needs the scope {@value #WRITE}; the department is checked by the controller.
 */
@Configuration(proxyBeanMethods = false)
class RecordsApiSecurity {

	static final String WRITE = "records:write";

	@Bean
	@Order(11)
	SecurityFilterChain recordsApiFilterChain(HttpSecurity http, OperationsApis apis) throws Exception {
		return apis.chain(http, new String[] {"/api/v1/records/**"}, request -> WRITE, requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/records/care-diary/imports").hasAuthority("SCOPE_" + WRITE)
				.anyRequest().denyAll());
	}
}
