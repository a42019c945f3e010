package org.cityhall.queues;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/** On CI ({@code CI=true}) a property runs a tenth of its tries: the shared machine has two cores. */
class FewerTriesOnCi implements AroundPropertyHook {

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			int tries = context.attributes().tries().orElse(1000);
			context.attributes().setTries(Math.max(10, tries / 10));
		}
		return property.execute();
	}
}
