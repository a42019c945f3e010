package org.cityhall.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A place came free and was offered to the first on the waitlist, to be confirmed before the time given (Stockholm). */
public record PlaceOffered(UUID eventId, BookingFacts booking, Instant confirmBy, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "offered";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(BookingTime.local(confirmBy));
	}
}
