package org.cityhall;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events whose listeners did not complete: a crash after the
 * business commit, a mail server or database that was away. Every listener is idempotent by the event's
 * id, so a second handing is harmless; on start the same is done for what the last run left
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class EventResubmission {

	private static final Logger LOG = LoggerFactory.getLogger(EventResubmission.class);

	private final IncompleteEventPublications incomplete;
	private final Duration olderThan;

	EventResubmission(IncompleteEventPublications incomplete,
			@Value("${cityhall.events.resubmit-older-than:5m}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${cityhall.events.resubmit-every:5m}", initialDelayString = "${cityhall.events.resubmit-every:5m}")
	void resubmit() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
		}
		catch (RuntimeException ex) {
			LOG.warn("Could not resubmit incomplete event publications; trying again later", ex);
		}
	}
}
