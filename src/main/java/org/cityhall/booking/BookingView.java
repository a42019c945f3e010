package org.cityhall.booking;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.cityhall.shared.Money;
import org.cityhall.shared.Party;

/**
 * A booking as its booker and staff see it.
 *
 * @param heldUntil for a place offered from the waitlist, the time to confirm it by
 * @param reduction the reduction applied to the fee, by its code ({@code sibling}, {@code youth})
 * @param details what the e-service asked beside the place: a wedding's couple, witnesses and language
 * @param certificateDue when a wedding's certificate of no impediment must be in, if it is not yet
 */
public record BookingView(String reference, Bookable bookable, Party booker, Party participant, Status status,
		Optional<Instant> heldUntil, Optional<Money> fee, Optional<String> reduction, Map<String, String> details,
		Optional<Instant> certificateDue, Optional<Instant> certificateAt, Instant bookedAt, Optional<Instant> endedAt,
		Optional<String> endedReason, Optional<Instant> checkedInAt) {

	/** A booking's state: holding a place (offered or confirmed), or not any more. */
	public enum Status {
		HELD, CONFIRMED, CANCELLED, EXPIRED, LAPSED;

		public boolean holdsPlace() {
			return this == HELD || this == CONFIRMED;
		}

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Whether the booking can still be cancelled by its booker at the time given. */
	public boolean cancellableAt(Instant now) {
		return status.holdsPlace() && now.isBefore(bookable.cancellationDeadline());
	}

	/** The facts every event of the booking carries. */
	public BookingFacts facts() {
		return new BookingFacts(reference, bookable.code(), bookable.title(), bookable.startsAt(), booker, participant,
				bookable.department());
	}
}
