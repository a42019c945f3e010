package org.cityhall.archive.chain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code archive_record} as it is hashed: every column, in its stored form (times to the
 * microsecond, the subject as kind, id and name, the title as two texts, documents as SHA-256 ids).
 * {@code content}, the subject and the titles are {@code null} in a tombstone.
 */
public record RecordRow(UUID id, long sequence, String key, Instant occurredAt, Instant filedAt, String sourceModule,
		String recordType, String subjectKind, String subjectId, String subjectName, String matter, String titleSv,
		String titleEn, String department, String retention, String audience, boolean closesMatter, String content,
		List<String> documents, String digest, String prevHash, String hash, String disposal) {

	public RecordRow {
		documents = List.copyOf(documents);
	}

	/** This row with its digest and chain hash, after the record its {@code prevHash} names. */
	public RecordRow chained(String digest, String hash) {
		return new RecordRow(id, sequence, key, occurredAt, filedAt, sourceModule, recordType, subjectKind, subjectId,
				subjectName, matter, titleSv, titleEn, department, retention, audience, closesMatter, content, documents,
				digest, prevHash, hash, disposal);
	}

	/** Whether disposal left only this tombstone. */
	public boolean tombstone() {
		return disposal != null;
	}
}
