package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A resident's protected identity (skyddad folkbokföring) was set or lifted between two imports.
 * When it is set, every module must stop showing or sending what it holds about where the person
 * lives; it is published before any {@link PersonMoved} of the same import. Filed for staff only:
 * whether someone's identity is protected is itself not for those who act for them to find.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 * @param protectedIdentity whether the identity is protected from now on
 */
public record ProtectedIdentityChanged(UUID eventId, Instant occurredAt, PersonalIdentityNumber number,
		boolean protectedIdentity) implements Archivable {

	public ProtectedIdentityChanged {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(number, "number");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("protected-identity:" + eventId, "identity.protected-identity-changed", occurredAt)
				.subject(new Party.Person(number, null))
				.title(protectedIdentity ? new LocalizedText("Skyddad folkbokföring införd", "Protected identity set")
						: new LocalizedText("Skyddad folkbokföring upphävd", "Protected identity lifted"))
				.retention(IdentityRecords.REGISTER_CHANGES)
				.audience(Audience.STAFF_ONLY)
				.build();
	}
}
