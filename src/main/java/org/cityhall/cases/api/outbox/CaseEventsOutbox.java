package org.cityhall.cases.api.outbox;

import java.sql.Timestamp;
import java.time.Clock;

import org.cityhall.cases.CaseMessagePosted;
import org.cityhall.cases.CaseStatusChanged;
import org.cityhall.cases.CaseSubmitted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts every case event that operations systems hear of into the outbox: the event once, by its own id,
 * with one delivery per active webhook of the department that wants its type, and — when the broker is
 * on — one message to publish. The event publication registry keeps the event until this has committed,
 * so a crash loses nothing, and a redelivery adds nothing twice.
 */
@Component
class CaseEventsOutbox {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final boolean amqp;

	CaseEventsOutbox(JdbcClient jdbc, Clock clock, @Value("${cityhall.amqp.enabled:false}") boolean amqp) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.amqp = amqp;
	}

	@ApplicationModuleListener
	void on(CaseSubmitted submitted) {
		put(OutgoingEvent.of(submitted));
	}

	@ApplicationModuleListener
	void on(CaseStatusChanged changed) {
		put(OutgoingEvent.of(changed));
	}

	@ApplicationModuleListener
	void on(CaseMessagePosted posted) {
		put(OutgoingEvent.of(posted));
	}

	private void put(OutgoingEvent event) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("INSERT INTO cases_api_event (id, type, department, eservice_id, case_number, occurred_at, payload) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")
				.params(event.id(), event.type(), event.department(), event.eserviceId(), event.caseNumber(),
						Timestamp.from(event.occurredAt()), event.payload())
				.update();
		jdbc.sql("INSERT INTO cases_webhook_delivery (id, event_id, subscription_id, state, attempts, next_attempt_at, created_at) "
				+ "SELECT gen_random_uuid(), ?, s.id, 'PENDING', 0, ?, ? FROM cases_webhook_subscription s "
				+ "WHERE s.active AND s.department = ? AND ? = ANY (s.event_types) "
				+ "ON CONFLICT (event_id, subscription_id) DO NOTHING")
				.params(event.id(), now, now, event.department(), event.type())
				.update();
		if (amqp) {
			jdbc.sql("INSERT INTO cases_amqp_outbox (event_id, attempts, next_attempt_at) VALUES (?, 0, ?) "
					+ "ON CONFLICT (event_id) DO NOTHING")
					.params(event.id(), now).update();
		}
	}
}
