package org.cityhall.records;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;

/**
 * The elderly-care operations system sent a file of care records. The file as received is filed with
 * it, for staff only: it holds many persons' records, so no one person is its subject.
 *
 * @param source the operations system's client id
 * @param file the file as received, in the document store
 * @param accepted lines that became new entries
 * @param duplicates lines whose record was already there
 * @param rejected lines with errors, reported to the sender
 */
public record CareRecordsImported(UUID eventId, Instant occurredAt, UUID importId, String source, DocumentId file,
		int lines, int accepted, int duplicates, int rejected, RetentionClass retention) implements Archivable {

	public CareRecordsImported {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(importId, "importId");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("care-records-imported:" + eventId, "records.care-records-imported", occurredAt)
				.matter("care-import-" + importId)
				.department(RecordsArchive.ELDERLY_CARE)
				.title(new LocalizedText("Omsorgsanteckningar från verksamhetssystemet (" + accepted + " nya)",
						"Care records from the operations system (" + accepted + " new)"))
				.retention(retention)
				.audience(Audience.STAFF_ONLY)
				.closesMatter()
				.document(file)
				.build();
	}
}
