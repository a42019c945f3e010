package org.cityhall;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event publication registry's upkeep.
 * <ul>
 * <li>It hands again to their listeners the events whose listeners did not complete: a crash after the
 * business commit, a mail server or database that was away. Every listener is idempotent by the event's
 * id, so a second handing is harmless; on start the same is done for what the last run left
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).</li>
 * <li>It deletes the publications whose listeners completed more than a while ago
 * ({@code cityhall.events.keep-completed}, a week unless set), one node at a time. The registry keeps a
 * row per event and listener, with the whole event, so that a crash never loses what a listener had still
 * to do; once done, the row only grows the table every submission writes to: seven rows a case. What an
 * event meant is kept by the modules themselves (the case's timeline, the archive). Incomplete
 * publications are never deleted.</li>
 * </ul>
 */
@Component
class EventRegistryUpkeep {

	private static final Logger LOG = LoggerFactory.getLogger(EventRegistryUpkeep.class);

	private final IncompleteEventPublications incomplete;
	private final CompletedEventPublications completed;
	private final Duration resubmitOlderThan;
	private final Duration keepCompleted;

	EventRegistryUpkeep(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			@Value("${cityhall.events.resubmit-older-than:5m}") Duration resubmitOlderThan,
			@Value("${cityhall.events.keep-completed:7d}") Duration keepCompleted) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.resubmitOlderThan = resubmitOlderThan;
		this.keepCompleted = keepCompleted;
	}

	@Scheduled(fixedDelayString = "${cityhall.events.resubmit-every:5m}", initialDelayString = "${cityhall.events.resubmit-every:5m}")
	void resubmit() {
		attempt("resubmit incomplete", () -> incomplete.resubmitIncompletePublicationsOlderThan(resubmitOlderThan));
	}

	@Scheduled(fixedDelayString = "${cityhall.events.purge-every:1h}", initialDelayString = "${cityhall.events.purge-every:1h}")
	@SchedulerLock(name = "events-purge-completed")
	void purgeCompleted() {
		attempt("delete completed", () -> completed.deletePublicationsOlderThan(keepCompleted));
	}

	private static void attempt(String what, Runnable upkeep) {
		try {
			upkeep.run();
		}
		catch (RuntimeException ex) {
			LOG.warn("Could not {} event publications; trying again later", what, ex);
		}
	}
}
