package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A {@link Consent} no longer holds: the grantor revoked it or the grantee gave it up. It stopped
 * letting the grantee act at {@code occurredAt}.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when it was revoked
 * @param consentId the consent's id
 * @param grantor who had given it
 * @param grantee who had received it
 * @param revokedBy the id of the party who revoked it: the grantor's or the grantee's 12-digit number
 */
public record ConsentRevoked(UUID eventId, Instant occurredAt, UUID consentId, PersonalIdentityNumber grantor,
		PersonalIdentityNumber grantee, String revokedBy) {

	public ConsentRevoked {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(consentId, "consentId");
		Objects.requireNonNull(grantor, "grantor");
		Objects.requireNonNull(grantee, "grantee");
		Objects.requireNonNull(revokedBy, "revokedBy");
	}
}
