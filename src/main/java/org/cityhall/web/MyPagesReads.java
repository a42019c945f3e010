package org.cityhall.web;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;

/**
 * The queries My pages' sections ask for, sent to the database together. A section queues its queries
 * in {@link MyPagesSection#prepare}; the first time any section asks for rows, every query queued so far
 * goes to PostgreSQL in one round trip, instead of one round trip each (fourteen for My pages, besides the
 * session's). That saved a few percent of the page's processor time: most of the rest is the queries' own work.
 *
 * <p>Each section still writes its own queries against its own tables; My pages only sends them.
 *
 * <pre>{@code
 * Supplier<List<Report>> reports = reads.query("SELECT * FROM feedback_report WHERE reporter = ?", this::map, person);
 * return () -> reports.get().isEmpty() ? Optional.empty() : Optional.of(content(reports.get()));
 * }</pre>
 */
public interface MyPagesReads {

	/**
	 * Queues a query for the next round trip.
	 *
	 * @param sql one statement with {@code ?} for each argument (no {@code ;})
	 * @param rows maps each row
	 * @param args the arguments, as {@code JdbcTemplate} takes them
	 * @return the rows, once any of the queued queries' rows are asked for; the same list on every call
	 */
	<T> Supplier<List<T>> query(String sql, RowMapper<T> rows, Object... args);

	/** Reads that are sent together over this database, for one page; not for use by several threads. */
	static MyPagesReads together(JdbcOperations jdbc) {
		return new ReadsTogether(jdbc);
	}
}
