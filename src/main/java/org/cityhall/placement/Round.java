package org.cityhall.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A school choice round: the application window, the date the results are published, the reference date
 * whose registered address counts as home, the lottery's seed, and what happens to an application the
 * second guardian has not confirmed.
 *
 * @param schoolYear the calendar year the school year starts in
 * @param grades the grades children apply to in this round
 * @param unconfirmed whether unconfirmed applications take part in the allocation
 */
public record Round(UUID id, String name, int schoolYear, Set<Grade> grades, Instant opensAt, Instant closesAt, Instant publishesAt,
		LocalDate referenceDate, long seed, Unconfirmed unconfirmed, Status status, Optional<Instant> allocatedAt,
		Optional<Instant> publishedAt) {

	public Round {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		if (grades.isEmpty()) {
			throw new IllegalArgumentException("a round is for at least one grade");
		}
		grades = Collections.unmodifiableSet(EnumSet.copyOf(grades));
		if (!opensAt.isBefore(closesAt) || publishesAt.isBefore(closesAt)) {
			throw new IllegalArgumentException("a round opens before it closes, and publishes after it closes");
		}
	}

	/** The rule for an application only one of two guardians has made: allocated anyway, or left out. */
	public enum Unconfirmed {
		INCLUDE, EXCLUDE;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public enum Status {
		/** Taking applications during the window. */
		OPEN,
		/** Allocated: head teachers see their lists, guardians not yet. */
		ALLOCATED,
		/** Results published to guardians; freed places pass to the waiting lists. */
		PUBLISHED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public boolean takesApplicationsAt(Instant now) {
		return status == Status.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/** Whether its window, dates and places may still change: not once it has been allocated. */
	public boolean isOpen() {
		return status == Status.OPEN;
	}

	public boolean isPublished() {
		return status == Status.PUBLISHED;
	}
}
