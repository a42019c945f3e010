package org.cityhall;

import ch.qos.logback.classic.BasicConfigurator;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ConfiguratorRank;

/**
 * Logback's configuration until Spring Boot configures logging: a plain console, nothing read from the
 * class path. A library (the E-ARK package builder) ships its own {@code logback.xml}, which Logback
 * would otherwise load first, writing a log file into the working directory. Spring Boot's own
 * configurator runs before this one (a higher rank); Spring Boot then replaces both with
 * {@code logback-spring.xml}, named by {@code logging.config}.
 */
@ConfiguratorRank(ConfiguratorRank.FALLBACK + 1)
public class LogbackBeforeSpringBoot extends BasicConfigurator {

	@Override
	public ExecutionStatus configure(LoggerContext context) {
		super.configure(context);
		return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
	}
}
