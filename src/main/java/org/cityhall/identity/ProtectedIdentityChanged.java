package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A resident's protected identity (skyddad folkbokföring) was set or lifted between two imports.
 * When it is set, every module must stop showing or sending what it holds about where the person
 * lives; it is published before any {@link PersonMoved} of the same import.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 * @param protectedIdentity whether the identity is protected from now on
 */
public record ProtectedIdentityChanged(UUID eventId, Instant occurredAt, PersonalIdentityNumber number,
		boolean protectedIdentity) {

	public ProtectedIdentityChanged {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(number, "number");
	}
}
