package org.cityhall.cases.api.amqp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Case events to the message broker (RabbitMQ), off unless switched on, so CityHall runs without one.
 * The broker itself is Spring Boot's {@code spring.rabbitmq.*}.
 *
 * @param enabled whether case events are published to the broker
 * @param exchange the topic exchange they go to, declared durable
 * @param confirmTimeout how long to wait for the broker to confirm a message
 * @param batchSize messages one run publishes
 * @param maxRetryDelay the longest wait before trying a message again; the broker being away never loses one
 */
@ConfigurationProperties("cityhall.amqp")
public record AmqpProperties(@DefaultValue("false") boolean enabled, @DefaultValue("cityhall.cases") String exchange,
		@DefaultValue("PT10S") Duration confirmTimeout, @DefaultValue("50") int batchSize,
		@DefaultValue("PT5M") Duration maxRetryDelay) {
}
