package org.cityhall.testing;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context's cases API at the run's {@link OperationsSystems}: the same for
 * every test class, so the suite keeps one context.
 */
class OperationsSystemsContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
		return new OperationsSystemsCustomizer();
	}

	private static final class OperationsSystemsCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			context.getEnvironment().getPropertySources()
					.addFirst(new MapPropertySource("cityhall-operations-systems", OperationsSystems.properties()));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof OperationsSystemsCustomizer;
		}

		@Override
		public int hashCode() {
			return OperationsSystemsCustomizer.class.hashCode();
		}
	}
}
