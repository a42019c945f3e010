package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * The population register no longer shows a custody (vårdnad) the previous import did: the child
 * turned 18 or left the city, the guardian left it, or a court moved the custody. From now on the
 * guardian may not act for the child.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 */
public record GuardianshipEnded(UUID eventId, Instant occurredAt, PersonalIdentityNumber child,
		PersonalIdentityNumber guardian) {

	public GuardianshipEnded {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(guardian, "guardian");
	}
}
