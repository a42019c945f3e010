package org.cityhall.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A place was booked: straight away, or by confirming a place offered from the waitlist. */
public record BookingMade(UUID eventId, BookingFacts booking, Optional<String> fee, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "made";
	}

	@Override
	public Optional<String> detail() {
		return fee;
	}
}
