package org.cityhall.permits;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/** The holder resumed a suspended permit. */
public record PermitResumed(UUID eventId, String reference, Party.Person holder, String zone, String plate, String fromDay, Instant at)
		implements PermitEvent {

	@Override
	public String what() {
		return "resumed";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(fromDay);
	}
}
