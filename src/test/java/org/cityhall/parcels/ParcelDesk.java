package org.cityhall.parcels;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;

/** Publishes the fake module's event the way a module does. Not a Spring component. */
public class ParcelDesk {

	private final ApplicationEventPublisher events;

	public ParcelDesk(ApplicationEventPublisher events) {
		this.events = events;
	}

	public void deliver(String parcel) {
		events.publishEvent(new ParcelDelivered(UUID.randomUUID(), parcel, Instant.now()));
	}
}
