package org.cityhall.booking;

import java.time.Instant;
import java.util.UUID;

/** An association applied for a weekly time in a season; the booking's facts name the season and the resource. */
public record SeasonApplied(UUID eventId, BookingFacts booking, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "season-applied";
	}
}
