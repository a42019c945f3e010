package org.cityhall.testing;

import java.util.List;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Points every Spring test context at the run's {@link TestDatabase}, {@link TestIdentityProvider},
 * {@link TestMailServer} and {@link TestSmsGateway}, in demo mode, whichever test starts it.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseCustomizer();
	}

	private static final class TestDatabaseCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration mergedConfig) {
			TestDatabase.Connection db = TestDatabase.connection();
			Map<String, Object> properties = new java.util.LinkedHashMap<>(TestIdentityProvider.clientProperties());
			properties.putAll(TestMailServer.properties());
			properties.putAll(TestSmsGateway.properties());
			properties.put("spring.datasource.url", db.url());
			properties.put("spring.datasource.username", db.username());
			properties.put("spring.datasource.password", db.password());
			properties.put("cityhall.demo", "true");
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("cityhall-test-environment", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestDatabaseCustomizer;
		}

		@Override
		public int hashCode() {
			return TestDatabaseCustomizer.class.hashCode();
		}
	}
}
