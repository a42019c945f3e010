package org.cityhall.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * A record as the archive keeps it: an {@link ArchiveEntry} with its place in the chain.
 * A disposed record is a tombstone: its id, sequence, hash, type and the disposal decision stay, so
 * the chain still verifies; its subject, title, content and documents are gone.
 *
 * @param sequence the record's place in the archive, gap-free from 1
 * @param sourceModule the module whose event it is ({@code cases}, {@code identity})
 * @param subject whom it is about, as filed ({@link ArchiveEntry}); empty in a tombstone
 * @param title as filed; {@code null} in a tombstone
 * @param content the event as canonical JSON (keys sorted, no whitespace); empty when disposed
 * @param hash the chain hash (hex SHA-256) over the previous record's hash, this record's content and its documents' digests
 * @param disposal the disposal decision's reference, when the record was disposed of
 */
public record ArchivedRecord(UUID id, long sequence, Instant occurredAt, Instant filedAt, String sourceModule,
		String recordType, Optional<Party> subject, Optional<String> matter, LocalizedText title,
		Optional<String> department, RetentionClass retention, Audience audience, boolean closesMatter,
		Optional<String> content, List<DocumentId> documents, String hash, Optional<String> disposal) {

	public ArchivedRecord {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(recordType, "recordType");
		documents = List.copyOf(documents);
	}

	/** Whether the record was disposed of, leaving this tombstone. */
	public boolean disposed() {
		return disposal.isPresent();
	}
}
