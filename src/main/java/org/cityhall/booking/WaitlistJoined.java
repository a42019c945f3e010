package org.cityhall.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Someone joined the waitlist of a full bookable, at the position given. */
public record WaitlistJoined(UUID eventId, BookingFacts booking, int position, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "waitlist-joined";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(Integer.toString(position));
	}
}
