package org.cityhall.archive.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.archive.chain.RecordRow;
import org.cityhall.archive.chain.RecordRows;
import org.cityhall.archive.chain.SubjectColumns;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The archive's records from {@code archive_record}. */
@Repository
@Transactional(readOnly = true)
class JdbcArchiveRecords implements ArchiveRecords {

	private static final String SELECT = "SELECT " + RecordRows.COLUMNS + " FROM archive_record ";

	private final JdbcClient jdbc;

	JdbcArchiveRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ArchivedRecord> after(long sequence, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("ask for at least one record, not " + limit);
		}
		return jdbc.sql(SELECT + "WHERE sequence > :sequence ORDER BY sequence LIMIT :limit")
				.param("sequence", sequence)
				.param("limit", limit)
				.query(RecordRows.MAPPER).stream().map(JdbcArchiveRecords::record).toList();
	}

	@Override
	public long head() {
		return jdbc.sql("SELECT sequence FROM archive_chain WHERE singleton").query(Long.class).single();
	}

	@Override
	public Optional<ArchivedRecord> find(UUID id) {
		return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(RecordRows.MAPPER).optional()
				.map(JdbcArchiveRecords::record);
	}

	@Override
	public List<ArchivedRecord> ofMatter(String matter) {
		return jdbc.sql(SELECT + "WHERE matter = :matter ORDER BY sequence").param("matter", matter)
				.query(RecordRows.MAPPER).stream().map(JdbcArchiveRecords::record).toList();
	}

	static ArchivedRecord record(RecordRow row) {
		return new ArchivedRecord(row.id(), row.sequence(), row.occurredAt(), row.filedAt(), row.sourceModule(),
				row.recordType(),
				Optional.ofNullable(row.subjectKind()).map(kind -> SubjectColumns.party(kind, row.subjectId(), row.subjectName())),
				Optional.ofNullable(row.matter()),
				row.titleSv() == null ? null : new LocalizedText(row.titleSv(), row.titleEn()),
				Optional.ofNullable(row.department()), RetentionClass.of(row.retention()), Audience.valueOf(row.audience()),
				row.closesMatter(), Optional.ofNullable(row.content()), row.documents().stream().map(DocumentId::new).toList(),
				row.hash(), Optional.ofNullable(row.disposal()));
	}
}
