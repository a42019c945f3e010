package org.cityhall.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.web.MyPagesReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lists of cases: a person's, for My pages; a department's, for the officers' inbox and its export;
 * an e-service's, for operations systems. Reads only: the lists are SQL on the case table's indexes.
 */
@Service
public class CaseLists {

	/** The most lines one list returns. */
	public static final int LIMIT = 500;

	private static final String COLUMNS = "number, eservice_id, department, status, submitted_at, due_at, applicant_name, "
			+ "subject_id, subject_name, assigned_to, assigned_name, channel";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final InboxCounts inboxCounts;

	CaseLists(JdbcClient jdbc, Clock clock, InboxCounts inboxCounts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.inboxCounts = inboxCounts;
	}

	/** The cases a person made or that are about them, newest first, queued with the other sections' queries of My pages. */
	public Supplier<List<CaseSummary>> of(String partyId, int limit, MyPagesReads reads) {
		// One scan of both indexes, each case once: a union of two selects sorted every row on every column to drop the
		// cases a person both made and is the subject of, which cost twice what finding them did.
		return reads.query(OF_PARTY, CaseLists::map, partyId, partyId, Math.min(limit, LIMIT));
	}

	/**
	 * How many times the person's cases and drafts have been written (0: never since the count began), queued
	 * with the other sections' queries of My pages. The database raises it in the same transaction as every
	 * row of them written, so what was made from them at a number is current while the number is.
	 */
	public Supplier<Long> writesOf(String partyId, MyPagesReads reads) {
		Supplier<List<Long>> version = reads.query(WRITES_OF, (row, n) -> row.getLong(1), partyId);
		return () -> version.get().get(0);
	}

	private static final String WRITES_OF = "SELECT coalesce(max(version), 0) FROM cases_party_version WHERE party_id = ?";

	private static final String OF_PARTY = "SELECT " + COLUMNS + " FROM cases_case WHERE subject_id = ? OR applicant_id = ? "
			+ "ORDER BY submitted_at DESC LIMIT ?";

	/** Which of a department's cases an officer looks at. */
	public enum Filter {
		/** Submitted and not yet received or taken. */
		NEW,
		/** Assigned to the officer and open. */
		MINE,
		AWAITING_SUPPLEMENT,
		/** Open past the handling target. */
		OVERDUE,
		/** Every open case. */
		OPEN,
		/** Decided, closed or withdrawn. */
		DONE;

		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Filter> fromCode(String code) {
			for (Filter filter : values()) {
				if (filter.code().equals(code)) {
					return Optional.of(filter);
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * A department's cases by filter, oldest submitted first for work lists (newest first for done ones),
	 * optionally only those of an e-service.
	 */
	public List<CaseSummary> inbox(String department, Filter filter, String officerId, Optional<String> eserviceId,
			int limit) {
		return inbox(department, filter, officerId, eserviceId, 0, limit);
	}

	/**
	 * A page of a department's cases by filter: {@code limit} of them after skipping {@code offset}, in the
	 * order of {@link #inbox(String, Filter, String, Optional, int)}, which the indexes of the open cases
	 * and of a department's cases by status keep, so a page reads only its own lines.
	 */
	public List<CaseSummary> inbox(String department, Filter filter, String officerId, Optional<String> eserviceId,
			int offset, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM cases_case WHERE department = ?");
		List<Object> params = new ArrayList<>(List.of(department));
		switch (filter) {
			case NEW:
				sql.append(" AND status = 'SUBMITTED'");
				break;
			case MINE:
				sql.append(" AND assigned_to = ? AND status IN ('SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT')");
				params.add(officerId);
				break;
			case AWAITING_SUPPLEMENT:
				sql.append(" AND status = 'AWAITING_SUPPLEMENT'");
				break;
			case OVERDUE:
				sql.append(" AND status IN ('SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT') AND due_at < ?");
				params.add(Cases.timestamp(clock.instant()));
				break;
			case OPEN:
				sql.append(" AND status IN ('SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT')");
				break;
			default:
				sql.append(" AND status IN ('DECIDED', 'CLOSED', 'WITHDRAWN')");
		}
		eserviceId.ifPresent(id -> {
			sql.append(" AND eservice_id = ?");
			params.add(id);
		});
		// The number settles cases submitted in the same instant, so that pages neither repeat nor skip one.
		sql.append(filter == Filter.DONE ? " ORDER BY submitted_at DESC, number DESC" : " ORDER BY submitted_at, number")
				.append(" LIMIT ? OFFSET ?");
		params.add(Math.min(limit, LIMIT));
		params.add(Math.max(offset, 0));
		return jdbc.sql(sql.toString()).params(params).query(CaseLists::map).list();
	}

	/** A department's cases about a person or organisation (as subject or applicant), newest first. */
	public List<CaseSummary> aboutParty(String department, String partyId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases_case WHERE department = ? AND (subject_id = ? OR applicant_id = ?) "
				+ "ORDER BY submitted_at DESC LIMIT ?")
				.params(department, partyId, partyId, LIMIT).query(CaseLists::map).list();
	}

	/**
	 * How many cases of a department each filter holds, for the inbox's tabs. Every counted tab is a part of
	 * the open cases, so the count reads those alone, from the index of a department's open cases. The counts
	 * are kept for a few seconds ({@link InboxCounts}).
	 */
	public java.util.Map<Filter, Long> counts(String department, String officerId) {
		return inboxCounts.of(department, officerId, () -> count(department, officerId));
	}

	private java.util.Map<Filter, Long> count(String department, String officerId) {
		java.util.Map<Filter, Long> counts = new java.util.EnumMap<>(Filter.class);
		jdbc.sql("SELECT count(*) FILTER (WHERE status = 'SUBMITTED') AS new, "
				+ "count(*) FILTER (WHERE assigned_to = ?) AS mine, "
				+ "count(*) FILTER (WHERE status = 'AWAITING_SUPPLEMENT') AS awaiting, "
				+ "count(*) FILTER (WHERE due_at < ?) AS overdue, "
				+ "count(*) AS open "
				+ "FROM cases_case WHERE department = ? AND status IN ('SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT')")
				.params(officerId, Cases.timestamp(clock.instant()), department)
				.query((rs, row) -> {
					counts.put(Filter.NEW, rs.getLong("new"));
					counts.put(Filter.MINE, rs.getLong("mine"));
					counts.put(Filter.AWAITING_SUPPLEMENT, rs.getLong("awaiting"));
					counts.put(Filter.OVERDUE, rs.getLong("overdue"));
					counts.put(Filter.OPEN, rs.getLong("open"));
					return counts;
				}).single();
		return counts;
	}

	/** An e-service's cases with a status, for operations systems, oldest first after a number. */
	public List<CaseSummary> ofEservice(String department, String eserviceId, Optional<CaseStatus> status,
			Optional<CaseNumber> after, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM cases_case WHERE department = ? AND eservice_id = ?");
		List<Object> params = new ArrayList<>(List.of(department, eserviceId));
		status.ifPresent(s -> {
			sql.append(" AND status = ?");
			params.add(s.name());
		});
		after.ifPresent(number -> {
			sql.append(" AND (submitted_at, number) > (SELECT submitted_at, number FROM cases_case WHERE number = ?)");
			params.add(number.value());
		});
		sql.append(" ORDER BY submitted_at, number LIMIT ?");
		params.add(Math.min(limit, LIMIT));
		return jdbc.sql(sql.toString()).params(params).query(CaseLists::map).list();
	}

	private static CaseSummary map(ResultSet rs, int row) throws SQLException {
		return new CaseSummary(new CaseNumber(rs.getString("number")), rs.getString("eservice_id"), rs.getString("department"),
				CaseStatus.valueOf(rs.getString("status")), Cases.instant(rs, "submitted_at"),
				Optional.ofNullable(Cases.instant(rs, "due_at")), rs.getString("applicant_name"), rs.getString("subject_id"),
				rs.getString("subject_name"), Optional.ofNullable(rs.getString("assigned_to")),
				Optional.ofNullable(rs.getString("assigned_name")), Cases.channel(rs.getString("channel")));
	}
}
