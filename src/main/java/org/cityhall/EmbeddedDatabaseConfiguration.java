package org.cityhall;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, CityHall starts its own PostgreSQL so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. With a URL, this stays out of the way
 * and Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
		return EmbeddedDatabase.start(properties.dataDirectory(), properties.port());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database, DataSourceProperties properties) {
		properties.setUrl(database.jdbcUrl("postgres"));
		properties.setUsername("postgres");
		return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}

	/**
	 * @param dataDirectory where the embedded server keeps its data
	 * @param port the port it listens on; 0 picks a free one
	 */
	@ConfigurationProperties("cityhall.embedded-database")
	record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port) {
	}
}
