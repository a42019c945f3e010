package org.cityhall.records;

import org.cityhall.queues.QueueEntryChanged;
import org.cityhall.shared.Party;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A child whose guardian accepted a pre-school place in the queue goes to that pre-school in the portal.
 * The queue names the pre-school it offered; the portal finds it among the queue's pre-schools. Enrolling
 * again is harmless, so a redelivered event changes nothing.
 */
@Component
class PreschoolEnrolments {

	private final Preschools preschools;

	PreschoolEnrolments(Preschools preschools) {
		this.preschools = preschools;
	}

	@ApplicationModuleListener
	void on(QueueEntryChanged changed) {
		if (!Preschools.QUEUE.equals(changed.queueId()) || changed.change() != QueueEntryChanged.Change.ACCEPTED
				|| !(changed.subject() instanceof Party.Person) || changed.alternative().isEmpty()) {
			return;
		}
		Party.Person child = (Party.Person) changed.subject();
		preschools.preschools().stream()
				.filter(p -> p.name().equals(changed.alternative().get()))
				.findFirst()
				.ifPresent(p -> preschools.enrol(child.number(), p.id()));
	}
}
