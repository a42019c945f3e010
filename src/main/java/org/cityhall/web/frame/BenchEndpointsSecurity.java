package org.cityhall.web.frame;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.cityhall.web.SecurityContribution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The benchmarks' endpoints under {@code /bench/}, which modules add beside the baseline, take POSTs
 * without a session or CSRF token: a load generator has neither. They exist only when the benchmark
 * asks for them ({@code cityhall.bench.baseline-endpoint=true}), never in a city's installation.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchEndpointsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern(HttpMethod.POST, "/bench/**")));
	}
}
