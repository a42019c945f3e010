package org.cityhall.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only log of who read whose personal data, why and when. A module that shows or
 * returns someone's personal data records the read here first, in the same transaction as the
 * read: if the record cannot be written, the read fails, and a read whose transaction rolls back
 * leaves no record. Records are never changed or removed; the database refuses it.
 */
@Service
public class AuditLog {

	private static final String COLUMNS = "id, at, actor_id, actor_name, actor_role, subject_id, what, purpose, channel";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TimeOrderedIds ids;

	AuditLog(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.ids = new TimeOrderedIds(this.clock);
	}

	/**
	 * Records a read, now. Joins the caller's transaction when there is one, so the record commits
	 * or rolls back with the read; otherwise it commits on its own before returning.
	 * @throws org.springframework.dao.DataAccessException when the record could not be written;
	 * the caller must then not return the data
	 */
	@Transactional
	public void recordRead(Read read) {
		Instant at = clock.instant();
		jdbc.sql("INSERT INTO audit_record (" + COLUMNS + ") VALUES "
						+ "(:id, :at, :actorId, :actorName, :actorRole, :subjectId, :what, :purpose, :channel)")
				.param("id", ids.next())
				.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
				.param("actorId", read.actorId())
				.param("actorName", read.actorName())
				.param("actorRole", read.actorRole())
				.param("subjectId", read.subjectId())
				.param("what", read.what())
				.param("purpose", read.purpose())
				.param("channel", read.channel())
				.update();
	}

	/**
	 * Records several reads at once, now, in one statement: a page that shows many people's data (a
	 * search result, an export) costs one round trip, not one a person. Transactions as {@link
	 * #recordRead(Read)}.
	 */
	@Transactional
	public void recordReads(List<Read> reads) {
		if (reads.isEmpty()) {
			return;
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		int n = reads.size();
		String[][] columns = new String[8][n];
		for (int i = 0; i < n; i++) {
			Read read = reads.get(i);
			columns[0][i] = ids.next().toString();
			columns[1][i] = read.actorId();
			columns[2][i] = read.actorName();
			columns[3][i] = read.actorRole();
			columns[4][i] = read.subjectId();
			columns[5][i] = read.what();
			columns[6][i] = read.purpose();
			columns[7][i] = read.channel();
		}
		jdbc.sql("INSERT INTO audit_record (" + COLUMNS + ") SELECT r.id::uuid, :at, r.actor_id, r.actor_name, r.actor_role, "
						+ "r.subject_id, r.what, r.purpose, r.channel FROM unnest(CAST(:ids AS text[]), CAST(:actorIds AS text[]), "
						+ "CAST(:actorNames AS text[]), CAST(:actorRoles AS text[]), CAST(:subjectIds AS text[]), "
						+ "CAST(:whats AS text[]), CAST(:purposes AS text[]), CAST(:channels AS text[])) "
						+ "AS r(id, actor_id, actor_name, actor_role, subject_id, what, purpose, channel)")
				.param("at", at)
				.param("ids", columns[0])
				.param("actorIds", columns[1])
				.param("actorNames", columns[2])
				.param("actorRoles", columns[3])
				.param("subjectIds", columns[4])
				.param("whats", columns[5])
				.param("purposes", columns[6])
				.param("channels", columns[7])
				.update();
	}

	/** The reads that match the query, newest first, at most {@value AuditQuery#MAX_LIMIT}. */
	public List<AuditRecord> search(AuditQuery query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.subjectId() != null) {
			conditions.add("subject_id = :subjectId");
			params.put("subjectId", query.subjectId());
		}
		if (query.actorId() != null) {
			conditions.add("actor_id = :actorId");
			params.put("actorId", query.actorId());
		}
		if (query.whatPrefix() != null) {
			conditions.add("starts_with(what, :whatPrefix)");
			params.put("whatPrefix", query.whatPrefix());
		}
		if (query.purpose() != null) {
			conditions.add("purpose = :purpose");
			params.put("purpose", query.purpose());
		}
		if (query.from() != null) {
			conditions.add("at >= :from");
			params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
		}
		if (query.to() != null) {
			conditions.add("at < :to");
			params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
		}
		params.put("limit", query.limit());
		params.put("offset", query.offset());
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record" + where
						+ " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
				.params(params)
				.query(AuditLog::record)
				.list();
	}

	/**
	 * Who has read the person's or organisation's data, newest first: what the subject is told when
	 * they ask who at the city has read their data.
	 * @param subjectId whose data
	 * @param whatPrefixes the kinds of data to include, as starts of their codes ({@code care-diary},
	 * {@code case:}); empty for all
	 * @param limit how many at most; capped at {@value AuditQuery#MAX_LIMIT}
	 */
	public List<AuditRecord> readsOf(String subjectId, Set<String> whatPrefixes, int limit) {
		if (subjectId == null || subjectId.isBlank()) {
			throw new IllegalArgumentException("the subject is required");
		}
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, was " + limit);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("subjectId", subjectId);
		params.put("limit", Math.min(limit, AuditQuery.MAX_LIMIT));
		List<String> kinds = new ArrayList<>();
		for (String prefix : whatPrefixes) {
			String name = "what" + kinds.size();
			kinds.add("starts_with(what, :" + name + ")");
			params.put(name, prefix);
		}
		String what = kinds.isEmpty() ? "" : " AND (" + String.join(" OR ", kinds) + ")";
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE subject_id = :subjectId" + what
						+ " ORDER BY at DESC, id DESC LIMIT :limit")
				.params(params)
				.query(AuditLog::record)
				.list();
	}

	private static AuditRecord record(ResultSet row, int number) throws SQLException {
		return new AuditRecord(row.getObject("id", UUID.class), row.getObject("at", OffsetDateTime.class).toInstant(),
				row.getString("actor_id"), row.getString("actor_name"), row.getString("actor_role"),
				row.getString("subject_id"), row.getString("what"), row.getString("purpose"), row.getString("channel"));
	}

	/**
	 * A read to record.
	 *
	 * @param actorId who read: a staff id, or the 12-digit number of a relative or agent
	 * @param actorName the reader's name to show
	 * @param actorRole the role the reader acted in
	 * @param subjectId whose data: a 12-digit personal identity number or an organisation number
	 * @param what what was read, as a short code ({@code case:HP-2026-000123})
	 * @param purpose why it was read ({@code case-handling})
	 * @param channel where it was read ({@code web}, {@code phone}, {@code api})
	 * @see AuditRecord
	 */
	public record Read(String actorId, String actorName, String actorRole, String subjectId, String what,
			String purpose, String channel) {

		public Read {
			required(actorId, "actorId");
			required(actorName, "actorName");
			required(actorRole, "actorRole");
			required(subjectId, "subjectId");
			required(what, "what");
			required(purpose, "purpose");
			required(channel, "channel");
		}

		private static void required(String value, String name) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("a read of personal data is recorded with its " + name);
			}
		}
	}
}
