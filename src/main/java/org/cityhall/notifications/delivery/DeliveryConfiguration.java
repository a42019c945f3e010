package org.cityhall.notifications.delivery;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling is on, so that the {@link DispatchSchedule} runs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryConfiguration {
}
