package org.cityhall.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A person's (the grantor's) consent that a named relative or friend (the grantee) may do what
 * the {@link ConsentScope} says for them, from {@code validFrom} until {@code validUntil}, unless
 * it is revoked first. A revoked or expired consent is kept for the record.
 *
 * @param id the consent's id
 * @param grantor who gave the consent
 * @param grantorName the grantor's name as they signed in; empty if unknown
 * @param grantee who received it
 * @param granteeName the grantee's name from the population register; empty if the register does
 *        not know them
 * @param scope what the grantee may do
 * @param validFrom when it was given
 * @param validUntil the first instant it no longer holds: midnight in Stockholm after its last day
 * @param revokedAt when the grantor revoked it or the grantee gave it up; null while it stands
 */
public record Consent(UUID id, PersonalIdentityNumber grantor, String grantorName, PersonalIdentityNumber grantee,
		String granteeName, ConsentScope scope, Instant validFrom, Instant validUntil, Instant revokedAt) {

	/** The time zone of the consent's days. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	public Consent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(grantor, "grantor");
		grantorName = grantorName == null ? "" : grantorName;
		Objects.requireNonNull(grantee, "grantee");
		granteeName = granteeName == null ? "" : granteeName;
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(validUntil, "validUntil");
		if (!validUntil.isAfter(validFrom)) {
			throw new IllegalArgumentException("a consent must end after it begins");
		}
	}

	/** Where a consent stands at an instant. */
	public enum Status {
		/** It lets the grantee act. */
		ACTIVE,
		/** It has not begun. */
		NOT_YET_VALID,
		/** Its last day has passed. */
		EXPIRED,
		/** The grantor revoked it or the grantee gave it up. */
		REVOKED
	}

	/** Whether the consent lets the grantee act at the instant: begun, not ended and not revoked by then. */
	public boolean isActiveAt(Instant at) {
		return statusAt(at) == Status.ACTIVE;
	}

	/** Where the consent stands at the instant; a revocation outweighs the dates. */
	public Status statusAt(Instant at) {
		Objects.requireNonNull(at, "at");
		if (revokedAt != null && !at.isBefore(revokedAt)) {
			return Status.REVOKED;
		}
		if (at.isBefore(validFrom)) {
			return Status.NOT_YET_VALID;
		}
		return at.isBefore(validUntil) ? Status.ACTIVE : Status.EXPIRED;
	}

	/** The last day the consent holds, in Stockholm. */
	public LocalDate lastDay() {
		return validUntil.minusNanos(1).atZone(ZONE).toLocalDate();
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

	@Override
	public String toString() {
		return "Consent[" + id + ", " + grantor.masked() + " to " + grantee.masked() + ", " + scope + "]";
	}
}
