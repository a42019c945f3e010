package org.cityhall.permits;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/** The holder suspended (paused) the permit from a day. */
public record PermitSuspended(UUID eventId, String reference, Party.Person holder, String zone, String plate, String fromDay, Instant at)
		implements PermitEvent {

	@Override
	public String what() {
		return "suspended";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(fromDay);
	}
}
