package org.cityhall.testing;

import java.util.List;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Points every Spring test context at the run's {@link TestDatabase}, {@link TestIdentityProvider},
 * {@link TestMailServer} and {@link TestSmsGateway}, in demo mode, with a search index in a temporary
 * directory, whichever test starts it.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseCustomizer();
	}

	/** The search index of the run's contexts: a fresh temporary directory, never the working copy's data/. */
	private static final class SearchIndexDirectory {

		static final java.nio.file.Path PATH = create();

		private static java.nio.file.Path create() {
			try {
				return java.nio.file.Files.createTempDirectory("cityhall-search-");
			}
			catch (java.io.IOException failed) {
				throw new java.io.UncheckedIOException(failed);
			}
		}
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
			properties.put("cityhall.search.index-directory", SearchIndexDirectory.PATH.toString());
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
