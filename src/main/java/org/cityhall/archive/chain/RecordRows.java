package org.cityhall.archive.chain;

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

	/** By column index, in the order of {@link #COLUMNS}: verification maps a million rows through here. */
	@Override
	public RecordRow mapRow(ResultSet row, int number) throws SQLException {
		return new RecordRow(row.getObject(1, UUID.class), row.getLong(2), row.getString(3),
				row.getObject(4, OffsetDateTime.class).toInstant(), row.getObject(5, OffsetDateTime.class).toInstant(),
				row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11),
				row.getString(12), row.getString(13), row.getString(14), row.getString(15), row.getString(16),
				row.getBoolean(17), row.getString(18), documents(row.getString(19)), row.getString(20), row.getString(21),
				row.getString(22), row.getString(23));
	}

	/**
	 * A text[] of SHA-256 ids as PostgreSQL writes it, {@code {a,b}}; it quotes an element now and then
	 * (one that reads like a number with an exponent), so quotes go. Hex digits need no other unescaping.
	 */
	static List<String> documents(String array) {
		if (array == null || array.length() <= 2) {
			return List.of();
		}
		String[] elements = array.substring(1, array.length() - 1).split(",");
		for (int i = 0; i < elements.length; i++) {
			String element = elements[i];
			if (element.length() >= 2 && element.charAt(0) == '"' && element.charAt(element.length() - 1) == '"') {
				elements[i] = element.substring(1, element.length() - 1);
			}
		}
		return List.of(elements);
	}
}
