package org.cityhall.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cityhall.shared.Money;

/** What came of a request for a place. */
public sealed interface BookingOutcome {

	/** A place is booked; the fee, if any, is incurred with billing under the reference. */
	record Booked(String reference, Optional<Money> fee, Optional<Instant> certificateDue) implements BookingOutcome {
	}

	/** No place was free; the participant waits at the position given. */
	record Waitlisted(String reference, int position) implements BookingOutcome {
	}

	/** Not booked, with the message (a key in {@code i18n/booking_*.properties}) and its arguments. */
	record Refused(String messageKey, List<Object> arguments) implements BookingOutcome {

		public Refused {
			arguments = List.copyOf(arguments);
		}

		static Refused because(String key, Object... arguments) {
			return new Refused("booking.refused." + key, List.of(arguments));
		}
	}
}
