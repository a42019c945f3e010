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
 * A person gave a relative or friend a {@link Consent}. Filed as the start of the consent's matter,
 * about the person who gave it.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the consent was given; it holds from then
 * @param consentId the consent's id
 * @param grantor who gave it
 * @param grantee who received it
 * @param scope what the grantee may do
 * @param validUntil the first instant it no longer holds
 */
public record ConsentGranted(UUID eventId, Instant occurredAt, UUID consentId, PersonalIdentityNumber grantor,
		PersonalIdentityNumber grantee, ConsentScope scope, Instant validUntil) implements Archivable {

	public ConsentGranted {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(consentId, "consentId");
		Objects.requireNonNull(grantor, "grantor");
		Objects.requireNonNull(grantee, "grantee");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(validUntil, "validUntil");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("consent-granted:" + eventId, "identity.consent-granted", occurredAt)
				.subject(new Party.Person(grantor, null))
				.matter(IdentityRecords.consentMatter(consentId))
				.title(new LocalizedText("Samtycke lämnat till ombud", "Consent given to a representative"))
				.retention(IdentityRecords.CONSENTS)
				.build();
	}
}
