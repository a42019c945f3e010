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
 * The population register no longer shows a custody (vårdnad) the previous import did: the child
 * turned 18 or left the city, the guardian left it, or a court moved the custody. From now on the
 * guardian may not act for the child.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 */
public record GuardianshipEnded(UUID eventId, Instant occurredAt, PersonalIdentityNumber child,
		PersonalIdentityNumber guardian) implements Archivable {

	public GuardianshipEnded {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(guardian, "guardian");
	}

	/** Filed about the child, so the child's guardians find it with the child's records. */
	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("guardianship-ended:" + eventId, "identity.guardianship-ended", occurredAt)
				.subject(new Party.Person(child, null))
				.title(new LocalizedText("Vårdnad upphörd", "Custody ended"))
				.retention(IdentityRecords.REGISTER_CHANGES)
				.build();
	}
}
