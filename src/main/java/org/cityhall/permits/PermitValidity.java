package org.cityhall.permits;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What decides whether a permit lets a car park on a given day: the permit's zone and car, its
 * temporary vehicles, its paid and unpaid periods, a suspension and an end. The warden's check, the
 * offline list and My pages all answer from this one rule. Days are epoch days, so a node's index
 * answers without allocating.
 *
 * @param reference the permit's reference, its case number
 * @param zone the zone's code
 * @param plate the permit's own car, normalised
 * @param paid first and last day of each paid period, in pairs: {@code [from0, to0, from1, to1, …]}
 * @param unpaid the same for periods applied for and not yet paid
 * @param suspendedFrom the first day of a suspension, {@link Long#MAX_VALUE} when none
 * @param endsOn the last day the permit runs, {@link Long#MAX_VALUE} when it has no end
 * @param temporary the temporary vehicles, each with its first and last day
 */
public record PermitValidity(String reference, String zone, String plate, long[] paid, long[] unpaid, long suspendedFrom,
		long endsOn, List<Temporary> temporary) {

	public PermitValidity {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(plate, "plate");
		temporary = List.copyOf(temporary);
	}

	/** A rental or loan car that may park on the permit from its first to its last day. */
	public record Temporary(String plate, long from, long to) {
	}

	/** Why a car may or may not park: the answer the warden sees. */
	public enum Reason {
		/** A valid, paid permit for this zone and day. */
		VALID,
		/** No permit names this car, as its own or as a temporary vehicle. */
		NO_PERMIT,
		/** The car has a permit, in another zone. */
		OTHER_ZONE,
		/** The permit has no paid period today: not paid yet, or its paid time has run out. */
		NOT_PAID,
		/** The permit is suspended (paused) by its holder. */
		SUSPENDED,
		/** The permit has ended. */
		ENDED,
		/** The car was a temporary vehicle on the permit, but not today. */
		TEMPORARY_NOT_TODAY;

		public boolean valid() {
			return this == VALID;
		}
	}

	/** The answer for a car (its normalised plate) in a zone on a day, as far as this permit goes. */
	public Reason check(String normalisedPlate, String zoneCode, long day) {
		if (!plate.equals(normalisedPlate)) {
			boolean onPermit = false;
			boolean today = false;
			for (int i = 0; i < temporary.size(); i++) {
				Temporary car = temporary.get(i);
				if (car.plate().equals(normalisedPlate)) {
					onPermit = true;
					today |= car.from() <= day && day <= car.to();
				}
			}
			if (!onPermit) {
				return Reason.NO_PERMIT;
			}
			if (!today) {
				return Reason.TEMPORARY_NOT_TODAY;
			}
		}
		if (!zone.equals(zoneCode)) {
			return Reason.OTHER_ZONE;
		}
		if (day > endsOn) {
			return Reason.ENDED;
		}
		if (day >= suspendedFrom) {
			return Reason.SUSPENDED;
		}
		return covers(paid, day) ? Reason.VALID : Reason.NOT_PAID;
	}

	/** Whether the permit lets its own car park in its zone on the day. */
	public boolean validOn(LocalDate day) {
		return check(plate, zone, day.toEpochDay()).valid();
	}

	/** Every plate this permit names, its own first. */
	public List<String> plates() {
		java.util.List<String> plates = new java.util.ArrayList<>();
		plates.add(plate);
		temporary.forEach(car -> {
			if (!plates.contains(car.plate())) {
				plates.add(car.plate());
			}
		});
		return plates;
	}

	/** Of two answers from two permits naming the same car, the one that tells the warden most. */
	public static Reason better(Reason a, Reason b) {
		return b == null || rank(a) >= rank(b) ? a : b;
	}

	private static int rank(Reason reason) {
		switch (reason) {
			case VALID:
				return 7;
			case SUSPENDED:
				return 6;
			case NOT_PAID:
				return 5;
			case ENDED:
				return 4;
			case TEMPORARY_NOT_TODAY:
				return 3;
			case OTHER_ZONE:
				return 2;
			default:
				return 1;
		}
	}

	private static boolean covers(long[] ranges, long day) {
		for (int i = 0; i + 1 < ranges.length; i += 2) {
			if (ranges[i] <= day && day <= ranges[i + 1]) {
				return true;
			}
		}
		return false;
	}
}
