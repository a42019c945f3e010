package org.cityhall.permits;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/** The permit's car was changed for good, or a rental or loan car was added for some days; {@code change} says which. */
public record PermitVehicleChanged(UUID eventId, String reference, Party.Person holder, String zone, String plate, String change, Instant at)
		implements PermitEvent {

	@Override
	public String what() {
		return "vehicle-changed";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(change);
	}
}
