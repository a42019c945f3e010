package org.cityhall.archive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.chain.ChainHashing;
import org.cityhall.archive.chain.RecordRow;
import org.cityhall.archive.chain.RecordRows;
import org.cityhall.archive.jdbc.JdbcArchiveRecords;
import org.cityhall.documents.DocumentCorruptedException;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record as the archivist sees it: its place in the chain (the records before and after it) and
 * whether it verifies: its link to the previous record, its digest recomputed from what it holds
 * (a tombstone keeps only its digest), its hash, and each document's bytes against its SHA-256.
 */
@Component
class RecordInspection {

	private final JdbcClient jdbc;
	private final DocumentStore documents;

	RecordInspection(JdbcClient jdbc, DocumentStore documents) {
		this.jdbc = jdbc;
		this.documents = documents;
	}

	/** @param problems message keys of what does not verify; empty when the record verifies */
	record Inspected(ArchivedRecord record, Optional<ArchivedRecord> previous, Optional<ArchivedRecord> next,
			List<String> problems, List<DocumentCheck> documents) {

		public boolean verifies() {
			return problems.isEmpty() && documents.stream().allMatch(DocumentCheck::verifies);
		}
	}

	/** @param state {@code ok}, {@code missing} or {@code corrupted} */
	record DocumentCheck(DocumentId id, String mediaType, long size, String state) {

		public boolean verifies() {
			return "ok".equals(state);
		}
	}

	@Transactional(readOnly = true)
	Optional<Inspected> inspect(UUID id) {
		return row("id = :key", id).map(row -> {
			Optional<RecordRow> previous = row("sequence = :key", row.sequence() - 1);
			Optional<RecordRow> next = row("sequence = :key", row.sequence() + 1);
			List<String> problems = new ArrayList<>();
			ChainHashing hashing = new ChainHashing();
			String expectedPrevious = previous.map(RecordRow::hash).orElse(row.sequence() == 1 ? ChainHashing.GENESIS : null);
			if (expectedPrevious == null) {
				problems.add("archivists.record.problem.previous-missing");
			}
			else if (!expectedPrevious.equals(row.prevHash())) {
				problems.add("archivists.record.problem.link");
			}
			if (!row.tombstone() && !hashing.digest(row).equals(row.digest())) {
				problems.add("archivists.record.problem.digest");
			}
			if (!hashing.link(row.prevHash(), row.digest()).equals(row.hash())) {
				problems.add("archivists.record.problem.hash");
			}
			List<DocumentCheck> checks = row.documents().stream().map(DocumentId::new).map(this::check).toList();
			return new Inspected(JdbcArchiveRecords.record(row), previous.map(JdbcArchiveRecords::record),
					next.map(JdbcArchiveRecords::record), problems, checks);
		});
	}

	private DocumentCheck check(DocumentId id) {
		return documents.find(id).map(found -> {
			try {
				return new DocumentCheck(id, found.mediaType(), found.size(), documents.content(id).isPresent() ? "ok" : "missing");
			}
			catch (DocumentCorruptedException corrupted) {
				return new DocumentCheck(id, found.mediaType(), found.size(), "corrupted");
			}
		}).orElse(new DocumentCheck(id, "", 0, "missing"));
	}

	private Optional<RecordRow> row(String condition, Object key) {
		return jdbc.sql("SELECT " + RecordRows.COLUMNS + " FROM archive_record WHERE " + condition)
				.param("key", key).query(RecordRows.MAPPER).optional();
	}
}
