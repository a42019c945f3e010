package org.cityhall.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documented rules for allocating a season's weekly times, with no database: applications are
 * ranked — youth activities first, then associations that held an overlapping time in the same resource
 * on the same weekday the season before (history), then the others — and within a rank by when they
 * applied, then by reference. In that order each application is granted unless it overlaps a time
 * already granted in the same resource on the same weekday; a refusal names the reference it yields to
 * and why. The outcome depends on the applications alone, never on the order they are given in.
 */
public final class SeasonAllocation {

	private SeasonAllocation() {
	}

	/** Why an application ranks where it does. */
	public enum Priority {
		YOUTH, HISTORY, OTHER
	}

	/** An application for a weekly time. */
	public record Request(String reference, String resource, DayOfWeek weekday, LocalTime starts, LocalTime ends,
			boolean youth, boolean history, Instant appliedAt) {

		public Request {
			Objects.requireNonNull(reference, "reference");
			Objects.requireNonNull(resource, "resource");
			Objects.requireNonNull(weekday, "weekday");
			if (!starts.isBefore(ends)) {
				throw new IllegalArgumentException("a weekly time ends after it starts: " + starts + " to " + ends);
			}
		}

		public Priority priority() {
			return youth ? Priority.YOUTH : history ? Priority.HISTORY : Priority.OTHER;
		}

		boolean overlaps(Request other) {
			return resource.equals(other.resource) && weekday == other.weekday && starts.isBefore(other.ends)
					&& other.starts.isBefore(ends);
		}
	}

	/**
	 * What an application got.
	 *
	 * @param yieldsTo the granted application it overlaps, when refused
	 */
	public record Decision(Request request, boolean granted, Optional<Request> yieldsTo) {
	}

	/** The order the rules consider applications in. */
	public static final Comparator<Request> ORDER = Comparator.comparing(Request::priority)
			.thenComparing(Request::appliedAt).thenComparing(Request::reference);

	/** Allocates: one decision per application, in the order they were considered. */
	public static List<Decision> allocate(List<Request> requests) {
		List<Request> ranked = new ArrayList<>(requests);
		ranked.sort(ORDER);
		List<Request> granted = new ArrayList<>();
		List<Decision> decisions = new ArrayList<>();
		for (Request request : ranked) {
			Optional<Request> conflict = granted.stream().filter(request::overlaps).findFirst();
			if (conflict.isEmpty()) {
				granted.add(request);
			}
			decisions.add(new Decision(request, conflict.isEmpty(), conflict));
		}
		return decisions;
	}
}
