package org.cityhall;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications whose listeners completed more than a while ago
 * ({@code cityhall.events.keep-completed}, a week unless set). The registry keeps a row per event and
 * listener, with the whole event, so that a crash never loses what a listener had still to do; once done,
 * the row only grows the table every submission writes to: seven rows a case. What an event meant is kept
 * by the modules themselves (the case's timeline, the archive), not by the registry. Incomplete
 * publications are never deleted here; {@link EventResubmission} hands them on again.
 */
@Component
class CompletedEventsPurge {

	private static final Logger LOG = LoggerFactory.getLogger(CompletedEventsPurge.class);

	private final CompletedEventPublications completed;
	private final Duration keep;

	CompletedEventsPurge(CompletedEventPublications completed,
			@Value("${cityhall.events.keep-completed:7d}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(fixedDelayString = "${cityhall.events.purge-every:1h}", initialDelayString = "${cityhall.events.purge-every:1h}")
	@SchedulerLock(name = "events-purge-completed")
	void purge() {
		try {
			completed.deletePublicationsOlderThan(keep);
		}
		catch (RuntimeException ex) {
			LOG.warn("Could not delete completed event publications; trying again later", ex);
		}
	}
}
