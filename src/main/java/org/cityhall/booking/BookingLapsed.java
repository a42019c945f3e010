package org.cityhall.booking;

import java.time.Instant;
import java.util.UUID;

/** A booking lapsed because a condition was not met in time: a wedding without its certificate of no impediment by the deadline. */
public record BookingLapsed(UUID eventId, BookingFacts booking, String condition, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "lapsed";
	}

	@Override
	public boolean ends() {
		return true;
	}
}
