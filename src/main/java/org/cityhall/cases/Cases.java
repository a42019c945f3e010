package org.cityhall.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.RetentionClass;
import org.cityhall.catalogue.EService;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases, their timelines and documents, in PostgreSQL. Saving a case writes its new timeline
 * lines and publishes its events in the caller's transaction, so they happen together or not at all.
 */
@Repository
public class Cases {

	static final String COLUMNS = "id, number, eservice_id, definition_version, department, kind, channel, applicant_type, "
			+ "applicant_id, applicant_name, subject_type, subject_id, subject_name, representation, registered_by, status, "
			+ "submitted_at, due_at, assigned_to, assigned_name, checksum, contact_email, decision_outcome, decision_reasons, "
			+ "decided_at, follow_up_of, retention, version";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final InboxCounts inboxCounts;

	Cases(JdbcClient jdbc, ApplicationEventPublisher events, InboxCounts inboxCounts) {
		this.jdbc = jdbc;
		this.events = events;
		this.inboxCounts = inboxCounts;
	}

	public Optional<Case> find(CaseNumber number) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases_case WHERE number = ?").param(number.value())
				.query(Cases::map).optional();
	}

	public Optional<Case> find(CaseId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases_case WHERE id = ?").param(id.value())
				.query(Cases::map).optional();
	}

	/** The case an applicant without login follows with their private link, by the link's token hash. */
	public Optional<Case> findByAccessTokenHash(String hash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases_case WHERE access_token_hash = ?").param(hash)
				.query(Cases::map).optional();
	}

	Optional<CaseNumber> numberForIdempotencyKey(String key) {
		return jdbc.sql("SELECT number FROM cases_case WHERE idempotency_key = ?").param(key)
				.query((rs, row) -> new CaseNumber(rs.getString(1))).optional();
	}

	/** The answers as submitted, as the JSON {@link AnswersJson} writes. */
	public String answersJson(CaseId id) {
		return jdbc.sql("SELECT answers::text FROM cases_case WHERE id = ?").param(id.value()).query(String.class).single();
	}

	/**
	 * Inserts a case just submitted with its first timeline lines, in one statement, and publishes its events.
	 *
	 * @throws org.springframework.dao.DuplicateKeyException when a case with the idempotency key (or the number) exists
	 */
	void insert(Case submitted, String answersJson, String idempotencyKey, Optional<String> accessTokenHash) {
		Case.Facts facts = submitted.facts();
		List<TimelineEntry> entries = submitted.newEntries();
		StringBuilder sql = new StringBuilder("WITH made AS (INSERT INTO cases_case (id, number, eservice_id, definition_version, "
				+ "department, kind, channel, applicant_type, applicant_id, applicant_name, subject_type, subject_id, subject_name, "
				+ "representation, registered_by, status, submitted_at, due_at, answers, checksum, idempotency_key, "
				+ "access_token_hash, contact_email, follow_up_of, retention, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) RETURNING id) ");
		List<Object> params = new ArrayList<>(List.of(submitted.id().value(), submitted.number().value(), facts.eserviceId(),
				facts.definitionVersion(), facts.department(), facts.kind(), facts.channel().definitionName(),
				Parties.type(facts.applicant()), facts.applicant().id(), Parties.name(facts.applicant()),
				Parties.type(facts.subject()), facts.subject().id(), Parties.name(facts.subject()), facts.representation().name()));
		params.add(facts.registeredBy().orElse(null));
		params.add(submitted.status().name());
		params.add(timestamp(facts.submittedAt()));
		params.add(facts.dueAt().map(Cases::timestamp).orElse(null));
		params.add(answersJson);
		params.add(facts.checksum());
		params.add(idempotencyKey);
		params.add(accessTokenHash.orElse(null));
		params.add(facts.contactEmail().orElse(null));
		params.add(facts.followUpOf().orElse(null));
		params.add(facts.retention().code());
		params.add(timestamp(facts.submittedAt()));
		if (entries.isEmpty()) {
			sql.append("SELECT id FROM made");
		}
		else {
			sql.append(TIMELINE_INSERT).append(" SELECT v.* FROM made CROSS JOIN (VALUES ");
			for (int i = 0; i < entries.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append("(?::uuid, ?::uuid, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?)");
				params.addAll(timelineParams(submitted.id(), entries.get(i)));
			}
			sql.append(") AS v");
		}
		jdbc.sql(sql.toString()).params(params).update();
		inboxCounts.changed(facts.department());
		published(submitted);
	}

	/**
	 * Saves what changed: status, assignment and decision, guarded by the version read, so two officers
	 * acting at once cannot overwrite each other.
	 *
	 * @throws OptimisticLockingFailureException when someone else changed the case since it was read
	 */
	public void save(Case changed) {
		int updated = jdbc.sql("UPDATE cases_case SET status = ?, assigned_to = ?, assigned_name = ?, decision_outcome = ?, "
				+ "decision_reasons = ?, decided_at = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
				.params(changed.status().name(), changed.assignedTo().map(Party::id).orElse(null),
						changed.assignedTo().map(Party::displayName).orElse(null),
						changed.decision().map(decision -> decision.outcome().name()).orElse(null),
						changed.decision().map(Decision::reasons).orElse(null),
						changed.decidedAt().map(Cases::timestamp).orElse(null), changed.id().value(), changed.version())
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("case " + changed.number() + " was changed by someone else");
		}
		inboxCounts.changed(changed.facts().department());
		written(changed);
	}

	private void written(Case changed) {
		List<TimelineEntry> entries = changed.newEntries();
		if (!entries.isEmpty()) {
			// One round trip for all of them.
			jdbc.sql(TIMELINE_INSERT + " VALUES " + String.join(", ", java.util.Collections.nCopies(entries.size(),
					"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
					.params(entries.stream().flatMap(entry -> timelineParams(changed.id(), entry).stream()).toList())
					.update();
		}
		published(changed);
	}

	private void published(Case changed) {
		for (Object event : changed.events()) {
			events.publishEvent(event);
			CaseNotice.of(event).ifPresent(events::publishEvent);
		}
		changed.saved();
	}

	private static final String TIMELINE_INSERT = "INSERT INTO cases_timeline (id, case_id, at, what, audience, actor_type, "
			+ "actor_id, actor_name, status, text)";

	private static List<Object> timelineParams(CaseId id, TimelineEntry entry) {
		return java.util.Arrays.asList(entry.id(), id.value(), timestamp(entry.at()), entry.what().name(),
				entry.audience().name(), Parties.type(entry.actor()), entry.actor().id(), Parties.name(entry.actor()),
				entry.status().map(Enum::name).orElse(null), entry.text().orElse(null));
	}

	/** A case's timeline, oldest first; for the applicant without staff-only lines. */
	public List<TimelineEntry> timeline(CaseId id, boolean withStaffOnly) {
		return jdbc.sql("SELECT id, at, what, audience, actor_type, actor_id, actor_name, status, text FROM cases_timeline "
				+ "WHERE case_id = ?" + (withStaffOnly ? "" : " AND audience = 'APPLICANT'") + " ORDER BY at, id")
				.param(id.value())
				.query((rs, row) -> new TimelineEntry(rs.getObject("id", UUID.class), instant(rs, "at"),
						TimelineEntry.What.valueOf(rs.getString("what")), TimelineEntry.Audience.valueOf(rs.getString("audience")),
						Parties.of(rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("actor_name")),
						Optional.ofNullable(rs.getString("status")).map(CaseStatus::valueOf),
						Optional.ofNullable(rs.getString("text"))))
				.list();
	}

	/** Keeps what the e-service's handler said happens next, for the receipt. */
	void whatHappensNext(CaseId id, LocalizedText next) {
		jdbc.sql("UPDATE cases_case SET next_sv = ?, next_en = ? WHERE id = ?").params(next.sv(), next.en(), id.value()).update();
	}

	/** What the e-service's handler said happens next when the case was submitted, if it said anything. */
	public Optional<LocalizedText> whatHappensNext(CaseId id) {
		return jdbc.sql("SELECT next_sv, next_en FROM cases_case WHERE id = ? AND next_sv IS NOT NULL").param(id.value())
				.query((rs, row) -> new LocalizedText(rs.getString(1), rs.getString(2))).optional();
	}

	/** Adds a document to a case; the same document in the same role is added once. */
	public void attach(CaseId id, CaseDocument document) {
		jdbc.sql("INSERT INTO cases_document (case_id, document, role, filename, media_type, size, added_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(id.value(), document.sha256(), document.role().name(), document.filename(), document.mediaType(),
						document.size(), timestamp(document.addedAt()))
				.update();
	}

	/** A case's documents, oldest first. */
	public List<CaseDocument> documents(CaseId id) {
		return jdbc.sql("SELECT document, role, filename, media_type, size, added_at FROM cases_document WHERE case_id = ? "
				+ "ORDER BY added_at, filename").param(id.value())
				.query((rs, row) -> new CaseDocument(rs.getString("document"), CaseDocument.Role.valueOf(rs.getString("role")),
						rs.getString("filename"), rs.getString("media_type"), rs.getLong("size"), instant(rs, "added_at")))
				.list();
	}

	static Case map(ResultSet rs, int row) throws SQLException {
		Case.Facts facts = new Case.Facts(rs.getString("eservice_id"), rs.getString("definition_version"),
				rs.getString("department"), rs.getString("kind"), channel(rs.getString("channel")),
				Parties.of(rs.getString("applicant_type"), rs.getString("applicant_id"), rs.getString("applicant_name")),
				Parties.of(rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_name")),
				Actor.Representation.valueOf(rs.getString("representation")), Optional.ofNullable(rs.getString("registered_by")),
				instant(rs, "submitted_at"), Optional.ofNullable(instant(rs, "due_at")), rs.getString("checksum"),
				Optional.ofNullable(rs.getString("contact_email")), Optional.ofNullable(rs.getString("follow_up_of")),
				RetentionClass.of(rs.getString("retention")));
		String assigned = rs.getString("assigned_to");
		String outcome = rs.getString("decision_outcome");
		return new Case(new CaseId(rs.getObject("id", UUID.class)), new CaseNumber(rs.getString("number")), facts,
				CaseStatus.valueOf(rs.getString("status")),
				assigned == null ? null : new Party.Staff(assigned, rs.getString("assigned_name")),
				outcome == null ? null : new Decision(Decision.Outcome.valueOf(outcome), rs.getString("decision_reasons")),
				instant(rs, "decided_at"), rs.getInt("version"));
	}

	static EService.Channel channel(String name) {
		for (EService.Channel channel : EService.Channel.values()) {
			if (channel.definitionName().equals(name)) {
				return channel;
			}
		}
		throw new IllegalStateException("a stored case has an unknown channel: " + name);
	}

	static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
