package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A {@link Consent} no longer holds: the grantor revoked it or the grantee gave it up. It stopped
 * letting the grantee act at {@code occurredAt}. Filed as the record that closes the consent's matter.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when it was revoked
 * @param consentId the consent's id
 * @param grantor who had given it
 * @param grantee who had received it
 * @param revokedBy the id of the party who revoked it: the grantor's or the grantee's 12-digit number
 */
public record ConsentRevoked(UUID eventId, Instant occurredAt, UUID consentId, PersonalIdentityNumber grantor,
		PersonalIdentityNumber grantee, String revokedBy) implements Archivable {

	public ConsentRevoked {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(consentId, "consentId");
		Objects.requireNonNull(grantor, "grantor");
		Objects.requireNonNull(grantee, "grantee");
		Objects.requireNonNull(revokedBy, "revokedBy");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("consent-revoked:" + eventId, "identity.consent-revoked", occurredAt)
				.subject(new Party.Person(grantor, null))
				.matter(IdentityRecords.consentMatter(consentId))
				.title(new LocalizedText("Samtycke återkallat", "Consent revoked"))
				.retention(IdentityRecords.CONSENTS)
				.closesMatter()
				.build();
	}
}
