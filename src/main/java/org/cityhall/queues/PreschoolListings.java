package org.cityhall.queues;

import java.time.Clock;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Position;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells of the pre-schools in the queue: each one as CityHall starts (they are listed by migrations and by
 * the administrations in the database, so there is no other moment to tell of them), in one transaction.
 */
@Component
class PreschoolListings implements ApplicationRunner {

	static final String PRESCHOOL_QUEUE = "preschool";

	private final Queues queues;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PreschoolListings(Queues queues, ApplicationEventPublisher events, Clock clock) {
		this.queues = queues;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		queues.alternatives(PRESCHOOL_QUEUE).forEach(this::publish);
	}

	void publish(Alternative preschool) {
		events.publishEvent(new PreschoolListed(preschool.id(), preschool.name(), preschool.district(), position(preschool),
				new LocalizedText(preschool.textFact("offersSv"), preschool.textFact("offersEn")), clock.instant()));
	}

	/** Where the pre-school is, when its facts say (SWEREF 99 TM). */
	private static Optional<Position> position(Alternative preschool) {
		if (preschool.facts().get("easting") instanceof Number easting && preschool.facts().get("northing") instanceof Number northing) {
			return Optional.of(new Position(easting.doubleValue(), northing.doubleValue()));
		}
		return Optional.empty();
	}
}
