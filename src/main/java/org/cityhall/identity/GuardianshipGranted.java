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
 * The population register shows a custody (vårdnad) that the previous import did not: a newborn,
 * a child who moved to the city, or a court's decision.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 */
public record GuardianshipGranted(UUID eventId, Instant occurredAt, PersonalIdentityNumber child,
		PersonalIdentityNumber guardian) implements Archivable {

	public GuardianshipGranted {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(guardian, "guardian");
	}

	/** Filed about the child, so the child's guardians find it with the child's records. */
	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("guardianship-granted:" + eventId, "identity.guardianship-granted", occurredAt)
				.subject(new Party.Person(child, null))
				.title(new LocalizedText("Vårdnad registrerad", "Custody registered"))
				.retention(IdentityRecords.REGISTER_CHANGES)
				.build();
	}
}
