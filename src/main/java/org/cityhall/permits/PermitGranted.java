package org.cityhall.permits;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/** A permit was granted at once on an eligible application; the car may park once its first period, {@code period}, is paid. */
public record PermitGranted(UUID eventId, String reference, Party.Person holder, String zone, String plate, String period, Instant at)
		implements PermitEvent {

	@Override
	public String what() {
		return "granted";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(period);
	}
}
