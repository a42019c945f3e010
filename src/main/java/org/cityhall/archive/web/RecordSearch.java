package org.cityhall.archive.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.chain.RecordRows;
import org.cityhall.archive.jdbc.JdbcArchiveRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds records for the archivists: by matter, subject, e-service, type, period and the words of their
 * documents, newest first. Each condition uses an index (matter, subject, type, time, the e-service in
 * the content, the documents' full-text index); checking nobody's rights, since only archivists reach it.
 */
@Component
class RecordSearch {

	static final int PAGE_SIZE = 25;
	private static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;

	RecordSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the records found, and one more when there is a next page. */
	@Transactional(readOnly = true)
	List<ArchivedRecord> find(RecordSearchForm.Checked search) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.matter() != null) {
			conditions.add("matter = :matter");
			params.put("matter", search.matter());
		}
		if (search.personId() != null) {
			conditions.add("subject_id = :person");
			params.put("person", search.personId());
		}
		if (search.eservice() != null) {
			conditions.add("content IS NOT NULL AND (content::jsonb ->> 'eserviceId') = :eservice");
			params.put("eservice", search.eservice());
		}
		if (search.type() != null) {
			conditions.add("record_type = :type");
			params.put("type", search.type());
		}
		if (search.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", utc(search.from().atStartOfDay(CITY).toInstant()));
		}
		if (search.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", utc(search.to().plusDays(1).atStartOfDay(CITY).toInstant()));
		}
		if (search.text() != null) {
			conditions.add("documents && ARRAY(SELECT sha256 FROM archive_document_text "
					+ "WHERE words @@ websearch_to_tsquery('simple', :text))");
			params.put("text", search.text());
		}
		params.put("limit", PAGE_SIZE + 1);
		params.put("offset", (search.page() - 1) * PAGE_SIZE);
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
		return jdbc.sql("SELECT " + RecordRows.COLUMNS + " FROM archive_record " + where
						+ " ORDER BY sequence DESC LIMIT :limit OFFSET :offset")
				.params(params)
				.query(RecordRows.MAPPER).stream().map(JdbcArchiveRecords::record).toList();
	}

	/** The persons a matter's records are about, or null when the archive has no record of the matter. */
	@Transactional(readOnly = true)
	List<String> subjectsOfMatter(String matter) {
		List<String> subjects = jdbc.sql("SELECT DISTINCT CASE WHEN subject_kind = 'person' THEN subject_id ELSE '' END "
						+ "FROM archive_record WHERE matter = :matter")
				.param("matter", matter).query(String.class).list();
		return subjects.isEmpty() ? null : subjects.stream().filter(subject -> !subject.isEmpty()).toList();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
