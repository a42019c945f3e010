package org.cityhall;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every module may ask for and none owns: the clock every "now" is read from, the locks that
 * keep a scheduled job to one node at a time ({@code @SchedulerLock}, in the {@code shedlock} table,
 * by the database's clock), and the event publication registry's serialiser.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class PlatformConfiguration {

	/** UTC: times are {@code Instant}s in the database and turned into Stockholm time on the page. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** The event publication registry's serialiser, writing each event once however many listeners it has. */
	@Bean
	static BeanPostProcessor eventsSerializedOnce() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof EventSerializer serializer && !(bean instanceof OncePerEventSerializer)
						? new OncePerEventSerializer(serializer) : bean;
			}
		};
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
				.withJdbcTemplate(new JdbcTemplate(dataSource))
				.usingDbTime()
				.build());
	}
}
