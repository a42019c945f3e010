package org.cityhall.booking;

import java.time.Instant;
import java.util.Objects;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * What every booking event tells of the booking it concerns.
 *
 * @param reference the booking's reference: the case number of the submission that made it
 * @param bookableCode the bookable's code
 * @param bookable the bookable's title
 * @param startsAt when it starts
 * @param booker who booked: a resident, a visitor, or the signatory of an association
 * @param participant who takes part: the booker, or the child a guardian booked for, or the association
 * @param department the department running the resource
 */
public record BookingFacts(String reference, String bookableCode, LocalizedText bookable, Instant startsAt, Party booker,
		Party participant, String department) {

	public BookingFacts {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(bookableCode, "bookableCode");
		Objects.requireNonNull(bookable, "bookable");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(booker, "booker");
		Objects.requireNonNull(participant, "participant");
		Objects.requireNonNull(department, "department");
	}
}
