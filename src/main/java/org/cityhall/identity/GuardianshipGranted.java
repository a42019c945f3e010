package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * The population register shows a custody (vårdnad) that the previous import did not: a newborn,
 * a child who moved to the city, or a court's decision.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 */
public record GuardianshipGranted(UUID eventId, Instant occurredAt, PersonalIdentityNumber child,
		PersonalIdentityNumber guardian) {

	public GuardianshipGranted {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(guardian, "guardian");
	}
}
