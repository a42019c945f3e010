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

import org.cityhall.queues.RankingRule.RankKey;
import org.cityhall.shared.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The queues, their alternatives and entries, in PostgreSQL. Writes happen in the caller's transaction. */
@Repository
public class Queues {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String ENTRY_COLUMNS = "id, queue_id, reference, applicant_type, applicant_id, applicant_name, "
			+ "subject_type, subject_id, subject_name, contact_email, queue_date, registered_at, priority_group, desired_start, "
			+ "guarantee_date, keep_higher, household_size, meets_income, status, version";

	private final JdbcClient jdbc;

	Queues(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/** The entry, locked until the transaction ends, so two changes to it happen one after the other. */
	Optional<Entry> lock(String reference) {
		return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM queues_entry WHERE reference = ? FOR UPDATE").param(reference)
				.query(this::mapEntry).optional();
	}

	/** The entries a party applied for, or is the subject of, newest first. */
	public List<Entry> entriesOf(Party party) {
		return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM queues_entry WHERE (applicant_type = :type AND applicant_id = :id) "
				+ "OR (subject_type = :type AND subject_id = :id) ORDER BY registered_at DESC")
				.param("type", party.kind()).param("id", party.id()).query(this::mapEntry).list();
	}

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
		jdbc.sql("UPDATE queues_choice SET status = 'removed' WHERE entry_id = ? AND status = 'active'").param(entryId).update();
		for (int i = 0; i < alternativeIds.size(); i++) {
			jdbc.sql("INSERT INTO queues_choice (entry_id, alternative_id, preference, status) VALUES (?, ?, ?, 'active') "
					+ "ON CONFLICT (entry_id, alternative_id) DO UPDATE SET preference = EXCLUDED.preference, status = 'active'")
					.params(entryId, alternativeIds.get(i), i + 1).update();
		}
	}

	void setChoiceStatus(UUID entryId, String alternativeId, Entry.Choice.Status status) {
		jdbc.sql("UPDATE queues_choice SET status = ? WHERE entry_id = ? AND alternative_id = ?")
				.params(code(status), entryId, alternativeId).update();
	}

	void setStatus(UUID entryId, Entry.Status status) {
		jdbc.sql("UPDATE queues_entry SET status = ?, version = version + 1 WHERE id = ?").params(code(status), entryId).update();
	}

	void setPriorityGroup(UUID entryId, int group) {
		jdbc.sql("UPDATE queues_entry SET priority_group = ?, version = version + 1 WHERE id = ?").params(group, entryId).update();
	}

	/** The entries waiting for the alternative, in the queue's order, with the household facts a listing filters by. */
	public OrderIndex orderFor(Alternative alternative, RankingRule rule) {
		List<RankKey> keys = jdbc.sql("SELECT e.id, e.priority_group, e.queue_date, e.desired_start, e.registered_at "
				+ "FROM queues_choice c JOIN queues_entry e ON e.id = c.entry_id "
				+ "WHERE c.alternative_id = ? AND c.status = 'active' AND e.status = 'waiting'")
				.param(alternative.id()).query((rs, row) -> new RankKey(rs.getObject(1, UUID.class), rs.getInt(2),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant()))
				.list();
		return new OrderIndex(rule, keys);
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
		Integer household = (Integer) rs.getObject("household_size");
		Boolean income = (Boolean) rs.getObject("meets_income");
		return new Entry(id, rs.getString("queue_id"), rs.getString("reference"),
				Party.of(rs.getString("applicant_type"), rs.getString("applicant_id"), rs.getString("applicant_name")),
				Party.of(rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_name")),
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
