package org.cityhall.booking;

import java.util.Map;
import java.util.Objects;

import org.cityhall.shared.Party;

/**
 * A request for a place.
 *
 * @param bookableCode what to book
 * @param reference the booking's reference, the case number of its submission
 * @param booker who books: a resident or a visitor (for an association, its signatory)
 * @param participant who takes part: the booker, a child the booker is guardian of, or the association
 * @param waitlistIfFull whether to join the waitlist when no place is free
 * @param details what the e-service asks beside the place, kept with the booking
 * @param certificateGiven whether a wedding's certificate of no impediment came with the request
 */
public record BookingRequest(String bookableCode, String reference, Party booker, Party participant, boolean waitlistIfFull,
		Map<String, String> details, boolean certificateGiven) {

	public BookingRequest {
		Objects.requireNonNull(bookableCode, "bookableCode");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(booker, "booker");
		Objects.requireNonNull(participant, "participant");
		details = Map.copyOf(details);
	}
}
