package org.cityhall.queues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.queues.RankingRule.RankKey;
import org.cityhall.shared.Party;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queues, their alternatives and entries, in PostgreSQL. Writes happen in the caller's transaction.
 * <p>
 * Each alternative's {@link OrderIndex} is kept in memory between reads outside a transaction, with the
 * alternative's order version it was read at: every change to who waits for an alternative, or how they
 * rank, bumps that version when its transaction commits (the alternatives' rows locked in the order of
 * their ids, last in the transaction, so two changes never wait for each other in a circle; and as
 * {@code FOR NO KEY UPDATE}, which the key-share locks that inserting a choice takes on its alternative
 * do not block). A read then
 * costs one primary-key lookup while nothing changed, on every node alike. Reads inside a transaction
 * always read the keys, so a change sees itself and nothing uncommitted is kept.
 */
@Repository
public class Queues {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String ENTRY_COLUMNS = "id, queue_id, reference, applicant_type, applicant_id, applicant_name, "
			+ "subject_type, subject_id, subject_name, contact_email, queue_date, registered_at, priority_group, desired_start, "
			+ "guarantee_date, keep_higher, household_size, meets_income, status, version";

	private static final Object TOUCHED = new Object();

	private final JdbcClient jdbc;
	private final OrderCache orders;

	/** @param cachedEntries how many waiting entries the order indexes kept in memory may hold in all */
	Queues(JdbcClient jdbc, @Value("${cityhall.queues.order-cache-entries:4000000}") long cachedEntries) {
		this.jdbc = jdbc;
		this.orders = new OrderCache(cachedEntries);
	}

	public Optional<Queue> queue(String id) {
		return jdbc.sql("SELECT * FROM queues_queue WHERE id = ?").param(id).query(Queues::queue).optional();
	}

	/** The queue whose entries the e-service's applications make. */
	public Optional<Queue> queueOf(String eserviceId) {
		return jdbc.sql("SELECT * FROM queues_queue WHERE eservice_id = ?").param(eserviceId).query(Queues::queue).optional();
	}

	public List<Alternative> alternatives(String queueId) {
		return jdbc.sql("SELECT * FROM queues_alternative WHERE queue_id = ? AND published ORDER BY name, id").param(queueId)
				.query(Queues::alternative).list();
	}

	public Optional<Alternative> alternative(String id) {
		return jdbc.sql("SELECT * FROM queues_alternative WHERE id = ?").param(id).query(Queues::alternative).optional();
	}

	void insertAlternative(Alternative alternative) {
		jdbc.sql("INSERT INTO queues_alternative (id, queue_id, name, district, facts) VALUES (?, ?, ?, ?, ?::jsonb)")
				.params(alternative.id(), alternative.queueId(), alternative.name(), alternative.district(),
						JSON.writeValueAsString(alternative.facts()))
				.update();
	}

	public Optional<Entry> entry(String reference) {
		return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM queues_entry WHERE reference = ?").param(reference)
				.query(this::mapEntry).optional();
	}

	public Optional<Entry> entry(UUID id) {
		return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM queues_entry WHERE id = ?").param(id).query(this::mapEntry).optional();
	}

	/** The entries with these ids, in the order given; ids not found are left out. Two queries, however many. */
	public List<Entry> entries(List<UUID> ids) {
		UUID[] array = ids.toArray(UUID[]::new);
		Map<UUID, List<Entry.Choice>> choices = new java.util.HashMap<>();
		jdbc.sql("SELECT entry_id, alternative_id, preference, status FROM queues_choice WHERE entry_id = ANY(?) "
				+ "ORDER BY entry_id, preference").param(array)
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> choices
						.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
						.add(new Entry.Choice(rs.getString(2), rs.getInt(3),
								Entry.Choice.Status.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)))));
		Map<UUID, Entry> found = new java.util.HashMap<>();
		jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM queues_entry WHERE id = ANY(?)").param(array)
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
					UUID id = rs.getObject("id", UUID.class);
					found.put(id, entry(rs, choices.getOrDefault(id, List.of())));
				});
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The entry, locked until the transaction ends, so two changes to it happen one after the other. */
	Optional<Entry> lock(String reference) {
		return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM queues_entry WHERE reference = ? FOR UPDATE").param(reference)
				.query(this::mapEntry).optional();
	}

	/** The entries a party applied for, or is the subject of, newest first. */
	public List<Entry> entriesOf(Party party) {
		return jdbc.sql(ENTRIES_OF).params(party.kind(), party.id(), party.kind(), party.id()).query(this::mapEntry).list();
	}

	/** {@link #entriesOf}, queued with the other sections' queries of My pages. */
	public Supplier<List<Entry>> entriesOf(Party party, MyPagesReads reads) {
		return reads.query(ENTRIES_OF, this::mapEntry, party.kind(), party.id(), party.kind(), party.id());
	}

	private static final String ENTRIES_OF = "SELECT " + ENTRY_COLUMNS + " FROM queues_entry WHERE (applicant_type = ? AND applicant_id = ?) "
			+ "OR (subject_type = ? AND subject_id = ?) ORDER BY registered_at DESC";

	/** The entries of a queue, waiting first, then by queue date. */
	public List<Entry> entries(String queueId, int limit) {
		return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM queues_entry WHERE queue_id = ? "
				+ "ORDER BY status = 'waiting' DESC, queue_date, registered_at LIMIT ?").params(queueId, limit)
				.query(this::mapEntry).list();
	}

	void insert(Entry entry) {
		jdbc.sql("INSERT INTO queues_entry (" + ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
				.params(entry.id(), entry.queueId(), entry.reference(), entry.applicant().kind(), entry.applicant().id(),
						entry.applicant().displayName(), entry.subject().kind(), entry.subject().id(),
						entry.subject().displayName(), entry.contactEmail().orElse(null), entry.queueDate(),
						Timestamp.from(entry.registeredAt()), entry.priorityGroup(), entry.desiredStart().orElse(null),
						entry.guaranteeDate().orElse(null), entry.keepHigher(), entry.householdSize().orElse(null),
						entry.meetsIncome().orElse(null), code(entry.status()))
				.update();
		replaceChoices(entry.id(), entry.choices().stream().map(Entry.Choice::alternativeId).toList());
	}

	/** Makes these the entry's active choices, in order; choices no longer wanted are kept as removed. */
	void replaceChoices(UUID entryId, List<String> alternativeIds) {
		List<String> before = jdbc.sql("UPDATE queues_choice SET status = 'removed' WHERE entry_id = ? AND status = 'active' "
				+ "RETURNING alternative_id").param(entryId).query(String.class).list();
		touch(before);
		touch(alternativeIds);
		for (int i = 0; i < alternativeIds.size(); i++) {
			jdbc.sql("INSERT INTO queues_choice (entry_id, alternative_id, preference, status) VALUES (?, ?, ?, 'active') "
					+ "ON CONFLICT (entry_id, alternative_id) DO UPDATE SET preference = EXCLUDED.preference, status = 'active'")
					.params(entryId, alternativeIds.get(i), i + 1).update();
		}
	}

	void setChoiceStatus(UUID entryId, String alternativeId, Entry.Choice.Status status) {
		touch(List.of(alternativeId));
		jdbc.sql("UPDATE queues_choice SET status = ? WHERE entry_id = ? AND alternative_id = ?")
				.params(code(status), entryId, alternativeId).update();
	}

	void setStatus(UUID entryId, Entry.Status status) {
		touchChoicesOf(entryId);
		jdbc.sql("UPDATE queues_entry SET status = ?, version = version + 1 WHERE id = ?").params(code(status), entryId).update();
	}

	void setPriorityGroup(UUID entryId, int group) {
		touchChoicesOf(entryId);
		jdbc.sql("UPDATE queues_entry SET priority_group = ?, version = version + 1 WHERE id = ?").params(group, entryId).update();
	}

	/** The entries waiting for the alternative, in the queue's order. */
	public OrderIndex orderFor(Alternative alternative, RankingRule rule) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return readOrder(alternative.id(), rule);
		}
		// The version first, then the keys: keys read after the version are never older than it.
		long version = jdbc.sql("SELECT order_version FROM queues_alternative WHERE id = ?").param(alternative.id())
				.query(Long.class).optional().orElse(-1L);
		OrderIndex cached = orders.get(alternative.id(), version, rule);
		if (cached != null) {
			return cached;
		}
		OrderIndex read = readOrder(alternative.id(), rule);
		orders.put(alternative.id(), version, rule, read);
		return read;
	}

	private OrderIndex readOrder(String alternativeId, RankingRule rule) {
		List<RankKey> keys = jdbc.sql("SELECT e.id, e.priority_group, e.queue_date, e.desired_start, e.registered_at "
				+ "FROM queues_choice c JOIN queues_entry e ON e.id = c.entry_id "
				+ "WHERE c.alternative_id = ? AND c.status = 'active' AND e.status = 'waiting'")
				.param(alternativeId).query((rs, row) -> new RankKey(rs.getObject(1, UUID.class), rs.getInt(2),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant()))
				.list();
		return new OrderIndex(rule, keys);
	}

	private void touchChoicesOf(UUID entryId) {
		touch(jdbc.sql("SELECT alternative_id FROM queues_choice WHERE entry_id = ? AND status = 'active'").param(entryId)
				.query(String.class).list());
	}

	/** Marks the alternatives' orders changed: their versions are bumped as the transaction commits. */
	private void touch(java.util.Collection<String> alternativeIds) {
		if (alternativeIds.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			bump(new java.util.TreeSet<>(alternativeIds));
			return;
		}
		@SuppressWarnings("unchecked")
		java.util.SortedSet<String> touched = (java.util.SortedSet<String>) TransactionSynchronizationManager.getResource(TOUCHED);
		if (touched == null) {
			java.util.SortedSet<String> pending = new java.util.TreeSet<>();
			TransactionSynchronizationManager.bindResource(TOUCHED, pending);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					bump(pending);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TOUCHED);
				}
			});
			touched = pending;
		}
		touched.addAll(alternativeIds);
	}

	private void bump(java.util.SortedSet<String> alternativeIds) {
		jdbc.sql("UPDATE queues_alternative SET order_version = order_version + 1 WHERE id IN "
				+ "(SELECT id FROM queues_alternative WHERE id = ANY(?) ORDER BY id FOR NO KEY UPDATE)")
				.param(alternativeIds.toArray(String[]::new)).update();
	}

	/**
	 * The order indexes read outside transactions, by alternative, each with the order version it was read
	 * at; the least recently used go first once they hold more than the configured number of entries.
	 */
	private static final class OrderCache {

		private record Cached(long version, RankingRule rule, OrderIndex index) {
		}

		private final long capacity;
		private final java.util.LinkedHashMap<String, Cached> byAlternative = new java.util.LinkedHashMap<>(64, 0.75f, true);
		private long held;

		OrderCache(long capacity) {
			this.capacity = capacity;
		}

		synchronized OrderIndex get(String alternativeId, long version, RankingRule rule) {
			Cached cached = byAlternative.get(alternativeId);
			return cached != null && cached.version() == version && cached.rule().equals(rule) ? cached.index() : null;
		}

		synchronized void put(String alternativeId, long version, RankingRule rule, OrderIndex index) {
			Cached replaced = byAlternative.put(alternativeId, new Cached(version, rule, index));
			held += index.size() - (replaced == null ? 0 : replaced.index().size());
			var eldest = byAlternative.entrySet().iterator();
			while (held > capacity && eldest.hasNext()) {
				Cached evicted = eldest.next().getValue();
				held -= evicted.index().size();
				eldest.remove();
			}
		}
	}

	private static Queue queue(ResultSet rs, int row) throws SQLException {
		return new Queue(rs.getString("id"), Optional.ofNullable(rs.getString("eservice_id")), rs.getString("department"),
				RankingRule.parse(rs.getString("ranking")), rs.getInt("offer_days"), rs.getInt("max_choices"),
				rs.getBoolean("ordered_choices"));
	}

	private static Alternative alternative(ResultSet rs, int row) throws SQLException {
		Map<String, Object> facts = JSON.readValue(rs.getString("facts"), new TypeReference<LinkedHashMap<String, Object>>() {
		});
		return new Alternative(rs.getString("id"), rs.getString("queue_id"), rs.getString("name"), rs.getString("district"),
				facts);
	}

	private Entry mapEntry(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Entry.Choice> choices = new ArrayList<>();
		jdbc.sql("SELECT alternative_id, preference, status FROM queues_choice WHERE entry_id = ? ORDER BY preference")
				.param(id).query((org.springframework.jdbc.core.RowCallbackHandler) choice -> {
					choices.add(new Entry.Choice(choice.getString(1), choice.getInt(2),
							Entry.Choice.Status.valueOf(choice.getString(3).toUpperCase(Locale.ROOT))));
				});
		return entry(rs, choices);
	}

	private static Entry entry(ResultSet rs, List<Entry.Choice> choices) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Integer household = (Integer) rs.getObject("household_size");
		Boolean income = (Boolean) rs.getObject("meets_income");
		Party applicant = Party.of(rs.getString("applicant_type"), rs.getString("applicant_id"), rs.getString("applicant_name"));
		// A housing member applies for themselves: the same party, read once.
		boolean self = rs.getString("applicant_type").equals(rs.getString("subject_type"))
				&& rs.getString("applicant_id").equals(rs.getString("subject_id"))
				&& java.util.Objects.equals(rs.getString("applicant_name"), rs.getString("subject_name"));
		Party subject = self ? applicant : Party.of(rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_name"));
		return new Entry(id, rs.getString("queue_id"), rs.getString("reference"), applicant, subject,
				Optional.ofNullable(rs.getString("contact_email")), rs.getObject("queue_date", LocalDate.class),
				rs.getTimestamp("registered_at").toInstant(), rs.getInt("priority_group"),
				Optional.ofNullable(rs.getObject("desired_start", LocalDate.class)),
				Optional.ofNullable(rs.getObject("guarantee_date", LocalDate.class)), rs.getBoolean("keep_higher"),
				Optional.ofNullable(household), Optional.ofNullable(income),
				Entry.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), choices, rs.getInt("version"));
	}

	static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
