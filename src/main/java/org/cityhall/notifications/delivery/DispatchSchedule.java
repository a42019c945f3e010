package org.cityhall.notifications.delivery;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link Dispatcher} every {@code cityhall.notifications.dispatch-interval} (5 seconds by
 * default) after the last run ended, on every node; {@code cityhall.notifications.dispatch-scheduled=false}
 * turns the schedule off, for a node that should send nothing.
 */
@Component
@ConditionalOnProperty(name = "cityhall.notifications.dispatch-scheduled", havingValue = "true", matchIfMissing = true)
class DispatchSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

	private final Dispatcher dispatcher;
	private final Duration interval;

	DispatchSchedule(Dispatcher dispatcher, @Value("${cityhall.notifications.dispatch-interval:5s}") Duration interval) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalStateException("cityhall.notifications.dispatch-interval must be positive; was " + interval);
		}
		this.dispatcher = dispatcher;
		this.interval = interval;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::dispatch, interval);
	}

	private void dispatch() {
		try {
			dispatcher.deliverDue();
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next run tries again.
			log.warn("Sending due notices failed: {}", ex.getClass().getName());
			log.debug("Sending due notices failed", ex);
		}
	}
}
