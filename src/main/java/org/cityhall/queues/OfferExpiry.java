package org.cityhall.queues;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every minute, on one node at a time, offers past their deadline expire and their places pass on. */
@Component
class OfferExpiry {

	private final MakingOffers offers;

	OfferExpiry(MakingOffers offers) {
		this.offers = offers;
	}

	@Scheduled(fixedDelayString = "${cityhall.queues.expiry-interval:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "queues-offer-expiry")
	void expire() {
		offers.expireOverdue();
	}
}
