package org.cityhall.records.bench;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.cityhall.web.SecurityContribution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** The records benchmark's endpoints take POSTs without a session or CSRF token: there only for benchmarks. */
@Component
@Order(53)
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchRecordsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern(HttpMethod.POST, "/bench/records/**")));
	}
}
