package org.cityhall.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The answers agents give, kept by the agents and the departments: a question's title, the answer, the
 * department that owns it and words to find it by.
 */
@Service
public class KnowledgeBase {

	private final JdbcClient jdbc;
	private final Clock clock;

	KnowledgeBase(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Answer(UUID id, String title, String body, String department, String keywords, String updatedBy, Instant updatedAt) {
	}

	/** Answers with every typed word in their title, text or keywords (case ignored), newest first; all when nothing is typed. */
	public List<Answer> search(String typed) {
		List<String> words = Arrays.stream((typed == null ? "" : typed).toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank())
				.limit(8).toList();
		StringBuilder sql = new StringBuilder("SELECT * FROM contact_answer WHERE true");
		for (int i = 0; i < words.size(); i++) {
			sql.append(" AND lower(title || ' ' || body || ' ' || keywords) LIKE :w").append(i);
		}
		var statement = jdbc.sql(sql.append(" ORDER BY updated_at DESC LIMIT 50").toString());
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return statement.query((rs, n) -> new Answer(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("body"),
				rs.getString("department"), rs.getString("keywords"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant())).list();
	}

	@Transactional
	public UUID write(String title, String body, String department, String keywords, String by) {
		if (title.isBlank() || body.isBlank() || department.isBlank()) {
			throw new IllegalArgumentException("an answer has a title, a text and a department");
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("INSERT INTO contact_answer (id, title, body, department, keywords, updated_by, updated_at) VALUES (:id, :t, :b, :d, :k, :by, :at)")
				.param("id", id).param("t", title.strip()).param("b", body.strip()).param("d", department).param("k", keywords.strip())
				.param("by", by).param("at", Timestamp.from(clock.instant())).update();
		return id;
	}
}
