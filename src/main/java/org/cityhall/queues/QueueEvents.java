package org.cityhall.queues;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.github.f4b6a3.uuid.UuidCreator;

/** Publishes a change to an entry with the notice that tells its applicant, in the caller's transaction. */
@Component
class QueueEvents {

	private final ApplicationEventPublisher events;
	private final Queues queues;

	QueueEvents(ApplicationEventPublisher events, Queues queues) {
		this.events = events;
		this.queues = queues;
	}

	QueueEntryChanged publish(Entry entry, QueueEntryChanged.Change change, Optional<String> alternativeId,
			Optional<String> detail, boolean closes, Instant at) {
		String department = queues.queue(entry.queueId()).map(Queue::department).orElseThrow();
		Optional<String> alternativeName = alternativeId.flatMap(queues::alternative).map(Alternative::name);
		return publish(entry, department, change, alternativeName, detail, closes, at);
	}

	/** The same, for a change about an alternative the caller holds already (an offer), which closes nothing. */
	QueueEntryChanged publish(Entry entry, Queue queue, Alternative alternative, QueueEntryChanged.Change change,
			Optional<String> detail, Instant at) {
		return publish(entry, queue.department(), change, Optional.of(alternative.name()), detail, false, at);
	}

	private QueueEntryChanged publish(Entry entry, String department, QueueEntryChanged.Change change,
			Optional<String> alternativeName, Optional<String> detail, boolean closes, Instant at) {
		QueueEntryChanged changed = new QueueEntryChanged(UuidCreator.getTimeOrderedEpoch(), entry.queueId(), department,
				entry.reference(), entry.applicant(), entry.subject(), entry.contactEmail(), change, alternativeName, detail,
				closes, at);
		events.publishEvent(changed);
		QueueNotice.of(changed).ifPresent(events::publishEvent);
		return changed;
	}
}
