package org.cityhall.cases.api.amqp;

import java.time.Clock;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With {@code cityhall.amqp.enabled=true}: the exchange, declared on the broker, and the outbox's publisher. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cityhall.amqp.enabled")
class AmqpConfiguration {

	@Bean
	TopicExchange casesExchange(AmqpProperties properties) {
		return new TopicExchange(properties.exchange(), true, false);
	}

	@Bean
	AmqpPublisher amqpPublisher(RabbitTemplate rabbit, JdbcClient jdbc, AmqpProperties properties, Clock clock) {
		return new AmqpPublisher(rabbit, jdbc, properties, clock);
	}
}
