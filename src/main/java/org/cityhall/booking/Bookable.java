package org.cityhall.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;

/**
 * Something that can be booked, as it stands now.
 *
 * @param code its reference, as e-service forms and links name it ({@code SIM-BARN-V3})
 * @param taken the places held, by bookings and by offers from the waitlist
 * @param fee what a place costs, VAT included; empty when free
 * @param cancelBeforeHours how many hours before the start a booking can be cancelled at the latest
 */
public record Bookable(UUID id, String code, UUID resourceId, String resourceCode, LocalizedText resourceName,
		ResourceKind resourceKind,
		String department, String eservice, BookableKind kind, LocalizedText title, Instant startsAt, Instant endsAt,
		int capacity, int taken, OptionalInt minAge, OptionalInt maxAge, Optional<Money> fee, BigDecimal vatRate,
		int cancelBeforeHours, Optional<Instant> closedAt) {

	/** The places still free. */
	public int free() {
		return capacity - taken;
	}

	public boolean isFull() {
		return taken >= capacity;
	}

	public boolean isClosed() {
		return closedAt.isPresent();
	}

	/** Whether someone born on the day may take part: their age on the first day is within the limits. */
	public boolean admitsAge(int ageOnStart) {
		return (minAge.isEmpty() || ageOnStart >= minAge.getAsInt()) && (maxAge.isEmpty() || ageOnStart <= maxAge.getAsInt());
	}

	/** The last moment a booking of it can be cancelled. */
	public Instant cancellationDeadline() {
		return startsAt.minusSeconds(cancelBeforeHours * 3600L);
	}

	/** The first day, in Stockholm. */
	public LocalDate firstDay() {
		return startsAt.atZone(BookingTime.ZONE).toLocalDate();
	}
}
