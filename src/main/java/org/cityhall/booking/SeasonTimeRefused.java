package org.cityhall.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A season's allocation refused an application: it overlaps the time granted to the application named, which ranked before it. */
public record SeasonTimeRefused(UUID eventId, BookingFacts booking, String yieldsTo, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "season-refused";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(yieldsTo);
	}

	@Override
	public boolean ends() {
		return true;
	}
}
