package org.cityhall;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every module may ask for and none owns: the clock every "now" is read from. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** UTC: times are {@code Instant}s in the database and turned into Stockholm time on the page. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}
