package org.cityhall.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The booker was reminded: of the start coming, or of a condition still to meet before its deadline (Stockholm). */
public record BookingReminded(UUID eventId, BookingFacts booking, String about, Optional<String> deadline, Instant at) implements BookingEvent {

	@Override
	public String what() {
		return "reminded";
	}

	@Override
	public String template() {
		return "booking.notice.reminded." + about;
	}

	@Override
	public Optional<String> detail() {
		return deadline;
	}
}
