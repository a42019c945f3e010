package org.cityhall.cases.api.amqp;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the case events waiting in the outbox to the topic exchange, with routing key
 * {@code <department>.<eservice>.<event type>}, as persistent JSON messages whose message id is the
 * event's id. A message counts as sent only when the broker confirms it; until then it is tried again,
 * with a growing wait, however long the broker is away. Runs on every node; {@code FOR UPDATE SKIP LOCKED}
 * keeps two from taking the same message at once. Delivery is at least once: consumers recognise a
 * repeat by its message id.
 */
public class AmqpPublisher {

	private static final Logger log = LoggerFactory.getLogger(AmqpPublisher.class);
	private static final Duration FIRST_RETRY = Duration.ofSeconds(5);

	private final RabbitTemplate rabbit;
	private final JdbcClient jdbc;
	private final AmqpProperties properties;
	private final Clock clock;

	AmqpPublisher(RabbitTemplate rabbit, JdbcClient jdbc, AmqpProperties properties, Clock clock) {
		if (!rabbit.getConnectionFactory().isPublisherConfirms()) {
			throw new IllegalStateException("Case events to the broker need publisher confirms: set "
					+ "spring.rabbitmq.publisher-confirm-type=correlated");
		}
		this.rabbit = rabbit;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cityhall.amqp.publish-interval:PT2S}", initialDelayString = "PT10S")
	void scheduled() {
		try {
			publishDue();
		}
		catch (RuntimeException ex) {
			log.warn("Case events could not be published to the broker now; the next run tries again", ex);
		}
	}

	/** Publishes the messages due now, one batch; returns how many the broker confirmed. */
	public int publishDue() {
		Instant now = clock.instant();
		Duration lease = properties.confirmTimeout().multipliedBy(properties.batchSize()).plusMinutes(1);
		List<Waiting> due = jdbc.sql("WITH due AS (SELECT event_id FROM cases_amqp_outbox "
				+ "WHERE published_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) "
				+ "UPDATE cases_amqp_outbox o SET next_attempt_at = ? FROM due, cases_api_event e "
				+ "WHERE o.event_id = due.event_id AND e.id = o.event_id "
				+ "RETURNING o.event_id, o.attempts, e.type, e.department, e.eservice_id, e.case_number, e.occurred_at, e.payload")
				.params(Timestamp.from(now), properties.batchSize(), Timestamp.from(now.plus(lease)))
				.query((rs, row) -> new Waiting(rs.getObject("event_id", UUID.class), rs.getInt("attempts"),
						rs.getString("type"), rs.getString("department"), rs.getString("eservice_id"),
						rs.getString("case_number"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("payload")))
				.list();
		int confirmed = 0;
		for (Waiting waiting : due) {
			String failure = publish(waiting);
			if (failure == null) {
				jdbc.sql("UPDATE cases_amqp_outbox SET published_at = ?, attempts = ?, last_error = NULL WHERE event_id = ?")
						.params(Timestamp.from(clock.instant()), waiting.attempts + 1, waiting.eventId).update();
				confirmed++;
			}
			else {
				int attempts = waiting.attempts + 1;
				jdbc.sql("UPDATE cases_amqp_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE event_id = ?")
						.params(attempts, failure, Timestamp.from(clock.instant().plus(backOff(attempts))), waiting.eventId)
						.update();
			}
		}
		return confirmed;
	}

	private String publish(Waiting waiting) {
		MessageProperties headers = new MessageProperties();
		headers.setMessageId(waiting.eventId.toString());
		headers.setType(waiting.type);
		headers.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		headers.setContentEncoding(StandardCharsets.UTF_8.name());
		headers.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		headers.setTimestamp(Date.from(waiting.occurredAt));
		headers.setAppId("cityhall");
		headers.setHeader("cityhall-department", waiting.department);
		headers.setHeader("cityhall-eservice", waiting.eserviceId);
		headers.setHeader("cityhall-case-number", waiting.caseNumber);
		Message message = new Message(waiting.payload.getBytes(StandardCharsets.UTF_8), headers);
		CorrelationData correlation = new CorrelationData(waiting.eventId.toString());
		String routingKey = waiting.department + "." + waiting.eserviceId + "." + waiting.type;
		try {
			rabbit.send(properties.exchange(), routingKey, message, correlation);
			CorrelationData.Confirm confirm = correlation.getFuture()
					.get(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return confirm.ack() ? null : "the broker refused it: " + confirm.reason();
		}
		catch (AmqpException | ExecutionException | TimeoutException ex) {
			return shortened(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while waiting for the broker's confirm";
		}
	}

	private Duration backOff(int attempts) {
		Duration wait = FIRST_RETRY;
		for (int i = 1; i < attempts && wait.compareTo(properties.maxRetryDelay()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : wait;
	}

	private static String shortened(String text) {
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	private record Waiting(UUID eventId, int attempts, String type, String department, String eserviceId,
			String caseNumber, Instant occurredAt, String payload) {
	}
}
