package org.cityhall.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care records from the elderly-care operations system, as a file in the format {@link CareRecordFile}
 * reads. Idempotent: a record is known by the sender and its {@code record_id}, and a line whose record
 * is already there is counted as a duplicate and changes nothing, so a file may be sent again whole after
 * a failure. Bad lines are reported, each with its line number and column; the good lines of the same
 * file are imported. A person's diary is started at the first record for them, in the record's unit, and
 * moves with a later record from another unit. The file as received is kept in the document store and
 * filed in the archive with {@link CareRecordsImported}.
 */
@Service
public class CareRecordImports {

	/** The first line of every file: the columns, in order. */
	public static final String HEADER = CareRecordFile.HEADER;

	/** The largest file taken, in bytes. */
	public static final int MAX_BYTES = 32 * 1024 * 1024;
	private static final int BATCH = 5000;

	private final JdbcClient jdbc;
	private final CareDiaries diaries;
	private final DocumentStore documents;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final RecordsArchive archive;

	CareRecordImports(JdbcClient jdbc, CareDiaries diaries, DocumentStore documents, ApplicationEventPublisher events,
			RecordsArchive archive, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.diaries = diaries;
		this.documents = documents;
		this.events = events;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.archive = archive;
	}

	/**
	 * Imports a file from the source.
	 * @param source who sent it: the operations system's client id, which scopes its record ids
	 * @return what came of every line; a file refused as a whole (not UTF-8, no header, too large) has no
	 * import id and changes nothing
	 */
	@Transactional
	public ImportReport importFile(String source, byte[] content) {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(content, "content");
		if (content.length > MAX_BYTES) {
			return new ImportReport(null, 0, 0, 0, 0, List.of(new ImportReport.LineError(0, "",
					"the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB: send it in parts")));
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		CareRecordFile.Parsed parsed = CareRecordFile.parse(content, LocalDate.ofInstant(now, CareDiaries.ZONE));
		if (parsed.count() == 0 && !parsed.errors().isEmpty()) {
			return new ImportReport(null, 0, 0, 0, parsed.errors().size(), parsed.errors());
		}
		Map<PersonalIdentityNumber, UUID> diaryIds = diariesFor(parsed.lines());
		int accepted = 0;
		for (int from = 0; from < parsed.lines().size(); from += BATCH) {
			accepted += insert(source, parsed.lines().subList(from, Math.min(from + BATCH, parsed.lines().size())), diaryIds, now);
		}
		int duplicates = parsed.lines().size() - accepted;
		UUID importId = UuidCreator.getTimeOrderedEpoch();
		StoredDocument file = documents.store(content, "text/csv");
		jdbc.sql("""
				INSERT INTO records_import (id, source, document, received_at, lines, accepted, duplicates, rejected)
				VALUES (:id, :source, :document, :now, :lines, :accepted, :duplicates, :rejected)
				""")
				.param("id", importId).param("source", source).param("document", file.id().sha256())
				.param("now", CareDiaries.utc(now)).param("lines", parsed.count()).param("accepted", accepted)
				.param("duplicates", duplicates).param("rejected", parsed.errors().size())
				.update();
		events.publishEvent(new CareRecordsImported(UuidCreator.getTimeOrderedEpoch(), now, importId, source, file.id(),
				parsed.count(), accepted, duplicates, parsed.errors().size(), archive.careDiary()));
		List<ImportReport.LineError> shown = parsed.errors().size() > ImportReport.MAX_ERRORS
				? parsed.errors().subList(0, ImportReport.MAX_ERRORS) : parsed.errors();
		return new ImportReport(importId, parsed.count(), accepted, duplicates, parsed.errors().size(), shown);
	}

	/** The diary of every person in the lines, started or moved to the unit of their last line. */
	private Map<PersonalIdentityNumber, UUID> diariesFor(List<CareRecordFile.Line> lines) {
		Map<PersonalIdentityNumber, String> unitOf = new LinkedHashMap<>();
		for (CareRecordFile.Line line : lines) {
			unitOf.put(line.person(), line.unit());
		}
		Map<String, String[]> known = new HashMap<>();
		if (!unitOf.isEmpty()) {
			jdbc.sql("SELECT person, id, unit FROM records_diary WHERE person IN (:persons)")
					.param("persons", unitOf.keySet().stream().map(PersonalIdentityNumber::value).toList())
					.query((rs, row) -> known.put(rs.getString("person"), new String[] {rs.getString("id"), rs.getString("unit")}))
					.list();
		}
		Map<PersonalIdentityNumber, UUID> ids = new HashMap<>();
		for (Map.Entry<PersonalIdentityNumber, String> person : unitOf.entrySet()) {
			String[] row = known.get(person.getKey().value());
			if (row != null && row[1].equals(person.getValue())) {
				ids.put(person.getKey(), UUID.fromString(row[0]));
			}
			else {
				ids.put(person.getKey(), diaries.start(person.getKey(), person.getValue()).id());
			}
		}
		return ids;
	}

	private int insert(String source, List<CareRecordFile.Line> lines, Map<PersonalIdentityNumber, UUID> diaryIds, Instant now) {
		int n = lines.size();
		String[][] columns = new String[8][n];
		for (int i = 0; i < n; i++) {
			CareRecordFile.Line line = lines.get(i);
			columns[0][i] = UuidCreator.getTimeOrderedEpoch().toString();
			columns[1][i] = diaryIds.get(line.person()).toString();
			columns[2][i] = line.kind().code();
			columns[3][i] = line.occurredAt().toString();
			columns[4][i] = line.measure();
			columns[5][i] = line.note();
			columns[6][i] = line.performedBy();
			columns[7][i] = line.recordId();
		}
		return jdbc.sql("""
				INSERT INTO records_diary_entry (id, diary_id, kind, occurred_at, measure, note, performed_by, source, source_ref, recorded_at)
				SELECT r.id::uuid, r.diary::uuid, r.kind, r.at::timestamptz, r.measure, r.note, r.by, :source, r.ref, :now
				  FROM unnest(CAST(:ids AS text[]), CAST(:diaries AS text[]), CAST(:kinds AS text[]), CAST(:ats AS text[]),
				              CAST(:measures AS text[]), CAST(:notes AS text[]), CAST(:bys AS text[]), CAST(:refs AS text[]))
				       AS r(id, diary, kind, at, measure, note, by, ref)
				ON CONFLICT (source, source_ref) DO NOTHING
				""")
				.param("source", source).param("now", CareDiaries.utc(now))
				.param("ids", columns[0]).param("diaries", columns[1]).param("kinds", columns[2]).param("ats", columns[3])
				.param("measures", columns[4]).param("notes", columns[5]).param("bys", columns[6]).param("refs", columns[7])
				.update();
	}
}
