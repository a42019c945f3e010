package org.cityhall.archive.chain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;

/** Reads {@code archive_record} rows: the columns to select, and the row from them. */
public final class RecordRows implements RowMapper<RecordRow> {

	/** Every column, for {@code SELECT ... FROM archive_record}. */
	public static final String COLUMNS = "id, sequence, key, occurred_at, filed_at, source_module, record_type, "
			+ "subject_kind, subject_id, subject_name, matter, title_sv, title_en, department, retention, audience, "
			+ "closes_matter, content, documents, digest, prev_hash, hash, disposal";

	public static final RecordRows MAPPER = new RecordRows();

	private RecordRows() {
	}

	@Override
	public RecordRow mapRow(ResultSet row, int number) throws SQLException {
		return new RecordRow(row.getObject("id", UUID.class), row.getLong("sequence"), row.getString("key"),
				row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getObject("filed_at", OffsetDateTime.class).toInstant(), row.getString("source_module"),
				row.getString("record_type"), row.getString("subject_kind"), row.getString("subject_id"),
				row.getString("subject_name"), row.getString("matter"), row.getString("title_sv"),
				row.getString("title_en"), row.getString("department"), row.getString("retention"),
				row.getString("audience"), row.getBoolean("closes_matter"), row.getString("content"),
				documents(row.getArray("documents")), row.getString("digest"), row.getString("prev_hash"),
				row.getString("hash"), row.getString("disposal"));
	}

	private static List<String> documents(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		try {
			return List.of((String[]) array.getArray());
		}
		finally {
			array.free();
		}
	}
}
