package org.cityhall.booking;

import java.time.Instant;
import java.util.UUID;

/** A place offered from the waitlist was not confirmed in time, or was declined; it went to the next in line. */
public record OfferExpired(UUID eventId, BookingFacts booking, boolean declined, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "offer-expired";
	}

	@Override
	public boolean ends() {
		return true;
	}
}
