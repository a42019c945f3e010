package org.cityhall.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A booking was cancelled, by its booker before the deadline or by staff with a reason; its place went to the waitlist or back on offer. */
public record BookingCancelled(UUID eventId, BookingFacts booking, String by, Optional<String> reason, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "cancelled";
	}

	@Override
	public boolean ends() {
		return true;
	}
}
