package org.cityhall.archive.disposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Gallring: disposal of records whose retention ended. A proposal lists every record of class
 * {@code dispose-Ny} whose matter closed at least N years ago: the matter's last record that closes it
 * sets the time, and a matter with a record after that one (reopened, or still corresponded about) is
 * treated as open and left alone. Records kept for ever, records without a matter and records already
 * on a list awaiting a decision are never proposed. Nothing is disposed of until an archivist approves
 * the list; approval turns each record that is still due into a tombstone naming the list's reference,
 * so the chain still verifies. The lists are the disposal log: who proposed, who decided, when and what.
 */
@Service
public class Disposals {

	/** Who proposes when the scheduled job does. */
	public static final String JOB = "system:disposal-job";

	/** The most records one list holds; the next proposal takes the rest. */
	static final int MAX_ITEMS = 5_000;

	private static final Logger LOG = LoggerFactory.getLogger(Disposals.class);
	private static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

	/** Records due now: their class's years after their matter's last closing record, the matter not open again. */
	private static final String DUE = """
			WITH closing AS (
			  SELECT DISTINCT ON (matter) matter, sequence AS closing_sequence, occurred_at AS closed_at
			    FROM archive_record WHERE closes_matter AND matter IS NOT NULL
			   ORDER BY matter, sequence DESC)
			SELECT r.id, r.sequence, r.record_type, r.matter, r.retention, c.closed_at,
			       c.closed_at + make_interval(years => substring(r.retention from '^dispose-([0-9]+)y$')::int) AS ended_at
			  FROM archive_record r JOIN closing c ON c.matter = r.matter
			 WHERE r.disposal IS NULL AND r.retention ~ '^dispose-[0-9]+y$'
			   AND c.closed_at + make_interval(years => substring(r.retention from '^dispose-([0-9]+)y$')::int) <= :now
			   AND NOT EXISTS (SELECT 1 FROM archive_record later
			                    WHERE later.matter = r.matter AND later.sequence > c.closing_sequence)
			""";

	private final JdbcClient jdbc;
	private final Clock clock;

	Disposals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Proposes a list of the records whose retention has ended and that are on no list awaiting a
	 * decision.
	 * @param proposedBy a staff id, or {@link #JOB}
	 * @return the new list, or empty when no record is due
	 */
	@Transactional
	public Optional<DisposalList> propose(String proposedBy) {
		// One proposal at a time, whichever node or archivist asks: the second waits and then finds the records listed.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('archive-disposal-proposal'))").query().singleValue();
		Instant now = clock.instant();
		String due = "SELECT due.* FROM (" + DUE + ") due WHERE NOT EXISTS (SELECT 1 FROM archive_disposal_item i "
				+ "JOIN archive_disposal_list l ON l.id = i.list_id AND l.status = 'PROPOSED' WHERE i.record_id = due.id)";
		if (!jdbc.sql("SELECT EXISTS (" + due + ")").param("now", utc(now)).query(Boolean.class).single()) {
			return Optional.empty();
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		long number = jdbc.sql("SELECT nextval('archive_disposal_number')").query(Long.class).single();
		String reference = String.format(Locale.ROOT, "GA-%d-%06d", now.atZone(CITY).getYear(), number);
		jdbc.sql("INSERT INTO archive_disposal_list (id, reference, proposed_at, proposed_by) VALUES (:id, :reference, :at, :by)")
				.param("id", id).param("reference", reference).param("at", utc(now)).param("by", proposedBy)
				.update();
		int listed = jdbc.sql("INSERT INTO archive_disposal_item (list_id, record_id, sequence, record_type, matter, retention, "
						+ "matter_closed_at, retention_ended_at) "
						+ "SELECT :list, id, sequence, record_type, matter, retention, closed_at, ended_at FROM (" + due
						+ ") listed ORDER BY sequence LIMIT :max")
				.param("list", id).param("now", utc(now)).param("max", MAX_ITEMS)
				.update();
		LOG.info("Disposal list {} proposed by {} with {} records", reference, proposedBy, listed);
		return find(id);
	}

	/**
	 * Approves a proposed list: every record on it that is still due becomes a tombstone naming the
	 * list's reference. A record whose matter was reopened since the proposal is kept.
	 * @throws IllegalStateException when the list was already decided
	 */
	@Transactional
	public DisposalList approve(UUID listId, String decidedBy) {
		DisposalList list = decide(listId, DisposalList.Status.APPROVED, decidedBy, null);
		int disposed = 0;
		for (UUID record : jdbc.sql("SELECT i.record_id FROM archive_disposal_item i JOIN (" + DUE + ") due ON due.id = i.record_id "
						+ "WHERE i.list_id = :list ORDER BY i.sequence")
				.param("list", listId).param("now", utc(clock.instant()))
				.query(UUID.class).list()) {
			if (Boolean.TRUE.equals(jdbc.sql("SELECT archive_dispose(:id, :reference)")
					.param("id", record).param("reference", list.reference()).query(Boolean.class).single())) {
				disposed++;
			}
		}
		LOG.info("Disposal list {} approved by {}: {} of {} records disposed of", list.reference(), decidedBy, disposed, list.size());
		return find(listId).orElseThrow();
	}

	/**
	 * Rejects a proposed list: nothing on it is disposed of, and its records may be proposed again.
	 * @throws IllegalStateException when the list was already decided
	 */
	@Transactional
	public DisposalList reject(UUID listId, String decidedBy, String reason) {
		decide(listId, DisposalList.Status.REJECTED, decidedBy, reason);
		return find(listId).orElseThrow();
	}

	private DisposalList decide(UUID listId, DisposalList.Status decision, String decidedBy, String reason) {
		if (decidedBy == null || decidedBy.isBlank()) {
			throw new IllegalArgumentException("a disposal list is decided by someone");
		}
		DisposalList list = jdbc.sql("SELECT " + LIST_COLUMNS + " FROM archive_disposal_list l WHERE id = :id FOR UPDATE")
				.param("id", listId).query(Disposals::list).optional()
				.orElseThrow(() -> new IllegalArgumentException("there is no disposal list " + listId));
		if (!list.awaitsDecision()) {
			throw new IllegalStateException("disposal list " + list.reference() + " was already "
					+ list.status().name().toLowerCase(Locale.ROOT) + "; a list is decided once");
		}
		jdbc.sql("UPDATE archive_disposal_list SET status = :status, decided_at = :at, decided_by = :by, reason = :reason WHERE id = :id")
				.param("status", decision.name()).param("at", utc(clock.instant())).param("by", decidedBy)
				.param("reason", reason == null || reason.isBlank() ? null : reason.strip()).param("id", listId)
				.update();
		return list;
	}

	/** Every list, newest first, without its items. */
	@Transactional(readOnly = true)
	public List<DisposalList> lists(int limit) {
		return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM archive_disposal_list l ORDER BY proposed_at DESC, reference DESC LIMIT :limit")
				.param("limit", limit).query(Disposals::list).list();
	}

	/** A list with its items, in sequence order. */
	@Transactional(readOnly = true)
	public Optional<DisposalList> find(UUID listId) {
		return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM archive_disposal_list l WHERE id = :id")
				.param("id", listId).query(Disposals::list).optional()
				.map(list -> new DisposalList(list.id(), list.reference(), list.proposedAt(), list.proposedBy(), list.status(),
						list.decidedAt(), list.decidedBy(), list.reason(), list.size(), items(listId)));
	}

	private List<DisposalList.Item> items(UUID listId) {
		return jdbc.sql("SELECT i.record_id, i.sequence, i.record_type, i.matter, i.retention, i.matter_closed_at, "
						+ "i.retention_ended_at, r.disposal IS NOT NULL AS disposed FROM archive_disposal_item i "
						+ "JOIN archive_record r ON r.id = i.record_id WHERE i.list_id = :list ORDER BY i.sequence")
				.param("list", listId)
				.query((row, number) -> new DisposalList.Item(row.getObject("record_id", UUID.class), row.getLong("sequence"),
						row.getString("record_type"), row.getString("matter"), row.getString("retention"),
						instant(row, "matter_closed_at"), instant(row, "retention_ended_at"), row.getBoolean("disposed")))
				.list();
	}

	private static final String LIST_COLUMNS = "id, reference, proposed_at, proposed_by, status, decided_at, decided_by, reason, "
			+ "(SELECT count(*) FROM archive_disposal_item i WHERE i.list_id = l.id) AS size";

	private static DisposalList list(ResultSet row, int number) throws SQLException {
		return new DisposalList(row.getObject("id", UUID.class), row.getString("reference"), instant(row, "proposed_at"),
				row.getString("proposed_by"), DisposalList.Status.valueOf(row.getString("status")),
				Optional.ofNullable(row.getObject("decided_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
				Optional.ofNullable(row.getString("decided_by")), Optional.ofNullable(row.getString("reason")),
				row.getInt("size"), List.of());
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
