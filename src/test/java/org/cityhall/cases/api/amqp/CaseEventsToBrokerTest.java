package org.cityhall.cases.api.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.cases.api.SubmittedCases;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.OperationsSystems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Case events leave through the outbox to the RabbitMQ broker on this machine; skipped where none runs. */
@CityHallWebTest
class CaseEventsToBrokerTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private AmqpPublisher publisher;
	private RabbitTemplate rabbit;
	private AmqpAdmin admin;
	private Queue queue;

	@BeforeEach
	void aQueueForTheDepartmentsHeatPumpEvents() {
		if (!OperationsSystems.brokerAnswers()) {
			System.out.println("Skipped: " + OperationsSystems.noBrokerReason());
		}
		Assumptions.assumeTrue(OperationsSystems.brokerAnswers(), OperationsSystems::noBrokerReason);
		publisher = context.getBean(AmqpPublisher.class);
		rabbit = context.getBean(RabbitTemplate.class);
		admin = context.getBean(AmqpAdmin.class);
		// A named queue, not exclusive: an exclusive one dies with the connection that declared it, and the
		// template may read on another after a reconnect. It is deleted after the test.
		queue = new Queue("cityhall-test-" + UUID.randomUUID(), false, false, false);
		admin.declareQueue(queue);
		admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("cityhall.cases"))
				.with(SubmittedCases.DEPARTMENT + "." + SubmittedCases.ESERVICE + ".*"));
	}

	@AfterEach
	void removeTheQueue() {
		if (queue != null) {
			admin.deleteQueue(queue.getName());
		}
	}

	@Test
	void aSubmittedCaseLeavesAsAConfirmedPersistentMessageIdentifiedByItsEvent() {
		String number = new SubmittedCases(context).heatPump().value();

		List<Message> received = new ArrayList<>();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
			publisher.publishDue();
			Message message = rabbit.receive(queue.getName(), 500);
			if (message != null && number.equals(message.getMessageProperties().getHeader("cityhall-case-number"))) {
				received.add(message);
			}
			return !received.isEmpty();
		});

		Message message = received.get(0);
		UUID eventId = jdbc.sql("SELECT id FROM cases_api_event WHERE case_number = ? AND type = 'case-submitted'")
				.param(number).query(UUID.class).single();
		assertThat(message.getMessageProperties().getMessageId()).isEqualTo(eventId.toString());
		assertThat(message.getMessageProperties().getReceivedRoutingKey())
				.isEqualTo("environment-health.heat-pump-licence.case-submitted");
		assertThat(message.getMessageProperties().getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
		assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/json");
		assertThat(message.getMessageProperties().getType()).isEqualTo("case-submitted");
		assertThat(new String(message.getBody(), StandardCharsets.UTF_8))
				.contains("\"caseNumber\":\"" + number + "\"")
				.contains("\"id\":\"" + eventId + "\"")
				.doesNotContain("198804129826");
		assertThat(jdbc.sql("SELECT published_at IS NOT NULL FROM cases_amqp_outbox WHERE event_id = ?").param(eventId)
				.query(Boolean.class).single()).as("marked published once the broker confirmed it").isTrue();
	}
}
