package org.cityhall.records;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A member of a unit's staff wrote a note in a person's care diary. Filed in the diary's matter, about
 * the person.
 *
 * @param writtenBy the staff id of who wrote it
 */
public record CareNoteWritten(UUID eventId, Instant occurredAt, UUID diaryId, PersonalIdentityNumber person, UUID entryId,
		String writtenBy, RetentionClass retention) implements Archivable {

	public CareNoteWritten {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(diaryId, "diaryId");
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(entryId, "entryId");
		Objects.requireNonNull(writtenBy, "writtenBy");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("care-note-written:" + eventId, "records.care-note-written", occurredAt)
				.subject(new Party.Person(person, null))
				.matter("care-diary-" + diaryId)
				.department(RecordsArchive.ELDERLY_CARE)
				.title(new LocalizedText("Anteckning i omsorgsdagbok", "Note in a care diary"))
				.retention(retention)
				.build();
	}
}
