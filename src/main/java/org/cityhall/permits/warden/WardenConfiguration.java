package org.cityhall.permits.warden;

import java.time.Clock;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The wardens' API on this node: its index, its keys, and device authentication in front of every
 * address under {@code /api/v1/warden}. Without {@code cityhall.permits.warden.secret} the demo city
 * uses a demo secret, and any other city's API refuses every device (with a warning at start).
 */
@Configuration(proxyBeanMethods = false)
class WardenConfiguration implements WebMvcConfigurer {

	static final String DEMO_SECRET = "demo-city-warden-secret-not-for-production-use";

	private final WardenIndex index;
	private final WardenKeys keys;
	private final Clock clock;
	private final long maxSkewSeconds;

	WardenConfiguration(JdbcClient jdbc, Clock clock, @Value("${cityhall.permits.warden.secret:}") String secret,
			@Value("${cityhall.demo:false}") boolean demo, @Value("${cityhall.permits.warden.poll-millis:1000}") long pollMillis,
			@Value("${cityhall.permits.warden.max-skew-seconds:300}") long maxSkewSeconds) {
		this.clock = clock;
		this.maxSkewSeconds = maxSkewSeconds;
		if (secret.isBlank() && !demo) {
			LoggerFactory.getLogger(WardenConfiguration.class).warn("cityhall.permits.warden.secret is not set: the wardens' API refuses "
					+ "every device until it is");
		}
		this.keys = !secret.isBlank() ? new WardenKeys(secret) : demo ? new WardenKeys(DEMO_SECRET) : WardenKeys.unconfigured();
		this.index = new WardenIndex(jdbc, clock, pollMillis);
	}

	@Bean
	WardenIndex wardenIndex() {
		return index;
	}

	@Bean
	WardenKeys wardenKeys() {
		return keys;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new DeviceAuthentication(index, keys, clock, maxSkewSeconds)).addPathPatterns("/api/v1/warden/**");
	}
}
