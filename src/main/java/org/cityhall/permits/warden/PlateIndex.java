package org.cityhall.permits.warden;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cityhall.permits.PermitValidity;

/**
 * Permits by plate in memory: each plate (a permit's own car or a temporary one) to the permits that name
 * it. Reads are lock-free and allocate nothing but the answer; one writer at a time replaces a permit's
 * entries. Pure Java, so the lookup can be measured alone (bench/jmh).
 */
public final class PlateIndex {

	private final Map<String, PermitValidity[]> byPlate = new ConcurrentHashMap<>();
	private final Map<UUID, PermitValidity> byId = new HashMap<>();

	/** What the index answers for a car: the reason, and the permit it comes from when one names the car. */
	public record Answer(PermitValidity.Reason reason, Optional<String> reference) {
	}

	private static final Answer NO_PERMIT = new Answer(PermitValidity.Reason.NO_PERMIT, Optional.empty());

	/** The answer for a car, its plate normalised, in a zone on a day (an epoch day). */
	public Answer check(String normalisedPlate, String zoneCode, long epochDay) {
		PermitValidity[] permits = byPlate.get(normalisedPlate);
		if (permits == null) {
			return NO_PERMIT;
		}
		PermitValidity.Reason best = null;
		String reference = null;
		for (PermitValidity permit : permits) {
			PermitValidity.Reason reason = permit.check(normalisedPlate, zoneCode, epochDay);
			PermitValidity.Reason better = PermitValidity.better(reason, best);
			if (better != best) {
				best = better;
				reference = permit.reference();
			}
		}
		return new Answer(best, Optional.ofNullable(reference));
	}

	/** Replaces what the index holds for a permit; {@code null} removes it. One writer at a time. */
	public synchronized void put(UUID id, PermitValidity validity) {
		PermitValidity old = validity == null ? byId.remove(id) : byId.put(id, validity);
		if (old != null) {
			for (String plate : old.plates()) {
				byPlate.computeIfPresent(plate, (p, list) -> without(list, old.reference()));
			}
		}
		if (validity != null) {
			for (String plate : validity.plates()) {
				byPlate.merge(plate, new PermitValidity[] {validity}, (list, added) -> with(without(list, validity.reference()), validity));
			}
		}
	}

	/** How many plates the index holds. */
	public int plates() {
		return byPlate.size();
	}

	private static PermitValidity[] without(PermitValidity[] list, String reference) {
		if (list == null) {
			return null;
		}
		List<PermitValidity> kept = new ArrayList<>(list.length);
		for (PermitValidity permit : list) {
			if (!permit.reference().equals(reference)) {
				kept.add(permit);
			}
		}
		return kept.isEmpty() ? null : kept.toArray(PermitValidity[]::new);
	}

	private static PermitValidity[] with(PermitValidity[] list, PermitValidity added) {
		if (list == null) {
			return new PermitValidity[] {added};
		}
		PermitValidity[] grown = Arrays.copyOf(list, list.length + 1);
		grown[list.length] = added;
		return grown;
	}
}
