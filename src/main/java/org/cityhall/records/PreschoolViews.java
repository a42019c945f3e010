package org.cityhall.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cityhall.shared.PersonalIdentityNumber;

/** What the pre-school portal shows: records of its own, with nothing but what the page needs. */
public final class PreschoolViews {

	private PreschoolViews() {
	}

	/** A child at a pre-school, as their guardians and the staff see them. */
	public record Child(UUID enrolmentId, PersonalIdentityNumber number, String name, String preschool, String preschoolName) {
	}

	/** One day of a pre-school's published week. Nothing in it is personal: the kiosk shows it. */
	public record Day(LocalDate day, String activities, String menu) {
	}

	/** A development talk time; {@code booked} when a guardian has taken it. */
	public record TalkTime(UUID id, Instant startsAt, int minutes, boolean booked) {
	}

	/** A child absent on a day, for the staff. */
	public record Absence(String childName, LocalDate day, String reason) {
	}

	/** A child's picture; its bytes are served only to the child's guardians. */
	public record Picture(UUID id, String title, String mediaType, Instant uploadedAt) {
	}
}
