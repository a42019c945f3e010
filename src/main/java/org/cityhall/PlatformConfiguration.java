package org.cityhall;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.cityhall.shared.LowPriorityThreads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every module may ask for and none owns: the clock every "now" is read from, and the locks
 * that keep a scheduled job to one node at a time ({@code @SchedulerLock}, in the {@code shedlock}
 * table, by the database's clock), the event publication registry's serialiser, and the lower priority
 * of the threads background work runs on.
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

	/**
	 * The event listeners (the application's task executor) and the scheduled jobs run on threads of a
	 * lower priority ({@code cityhall.background.nice}, 10 unless set; 0 leaves them at the normal one):
	 * what a submission leaves to do after its commit (filing, notices, the search index) waits while
	 * people are being answered, instead of taking half the processor from the next submissions. Nothing
	 * waits in memory only: every listener's work stays in the event publication registry until done.
	 */
	@Bean
	@ConditionalOnExpression("${cityhall.background.nice:10} > 0")
	static ThreadPoolTaskExecutorCustomizer backgroundListeners(@Value("${cityhall.background.nice:10}") int nice) {
		return executor -> executor.setThreadFactory(new LowPriorityThreads(executor.getThreadNamePrefix(), nice));
	}

	@Bean
	@ConditionalOnExpression("${cityhall.background.nice:10} > 0")
	static ThreadPoolTaskSchedulerCustomizer backgroundJobs(@Value("${cityhall.background.nice:10}") int nice) {
		return scheduler -> scheduler.setThreadFactory(new LowPriorityThreads(scheduler.getThreadNamePrefix(), nice));
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
				.withJdbcTemplate(new JdbcTemplate(dataSource))
				.usingDbTime()
				.build());
	}
}
