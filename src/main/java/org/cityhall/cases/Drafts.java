package org.cityhall.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.forms.FormDefinition;
import org.cityhall.shared.Actor;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Drafts in PostgreSQL. Saving a step publishes {@link DraftProgressed}, so the adoption figures can
 * see where applicants stop; a draft left longer than {@code cityhall.cases.draft-lifetime} (30 days)
 * expires and is deleted, with {@link DraftAbandoned}.
 */
@Repository
public class Drafts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Catalogue catalogue;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration lifetime;

	Drafts(JdbcClient jdbc, Catalogue catalogue, ApplicationEventPublisher events, Clock clock,
			@Value("${cityhall.cases.draft-lifetime:30d}") Duration lifetime) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** How long a draft left alone is kept. */
	public Duration lifetime() {
		return lifetime;
	}

	/** Starts a draft, with the answers filled in from what the city already knows. */
	@Transactional
	public Draft start(EService eservice, String ownerId, Actor actor, EService.Channel channel, Answers prefilled) {
		Instant now = clock.instant();
		Draft draft = new Draft(UuidCreator.getTimeOrderedEpoch(), eservice.id(), ownerId, actor.forWhom(),
				actor.representation(), channel, prefilled, Map.of(), Optional.empty(), now, now, now.plus(lifetime),
				Optional.empty());
		jdbc.sql("INSERT INTO cases_draft (id, eservice_id, owner_id, subject_type, subject_id, subject_name, representation, "
				+ "channel, answers, files, created_at, updated_at, expires_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, '{}'::jsonb, ?, ?, ?)")
				.params(draft.id(), draft.eserviceId(), ownerId, Parties.type(actor.forWhom()), actor.forWhom().id(),
						Parties.name(actor.forWhom()), actor.representation().name(), channel.definitionName(),
						AnswersJson.write(prefilled), Cases.timestamp(now), Cases.timestamp(now),
						Cases.timestamp(draft.expiresAt()))
				.update();
		return draft;
	}

	/** The owner's draft, if it exists; another owner's draft is not found. */
	public Optional<Draft> find(UUID id, String ownerId) {
		return jdbc.sql("SELECT * FROM cases_draft WHERE id = ? AND owner_id = ?").params(id, ownerId)
				.query(this::map).optional();
	}

	/** The owner's drafts not yet submitted, the latest first. */
	public List<Draft> of(String ownerId) {
		return jdbc.sql(OF_OWNER).param(ownerId).query(this::map).list();
	}

	/** {@link #of(String)}, queued with the other sections' queries of My pages. */
	public Supplier<List<Draft>> of(String ownerId, MyPagesReads reads) {
		return reads.query(OF_OWNER, this::map, ownerId);
	}

	private static final String OF_OWNER =
			"SELECT * FROM cases_draft WHERE owner_id = ? AND case_id IS NULL ORDER BY updated_at DESC LIMIT 100";

	/** Saves the answers of a step and the files uploaded so far; the draft's life starts again. */
	@Transactional
	public void saveStep(Draft draft, String stepId, int stepIndex, Answers answers, Map<String, Draft.UploadedFile> files) {
		Instant now = clock.instant();
		int updated = jdbc.sql("UPDATE cases_draft SET answers = ?::jsonb, files = ?::jsonb, step_reached = ?, updated_at = ?, "
				+ "expires_at = ?, reminded_at = NULL WHERE id = ? AND case_id IS NULL")
				.params(AnswersJson.write(answers), filesJson(files), stepId, Cases.timestamp(now),
						Cases.timestamp(now.plus(lifetime)), draft.id())
				.update();
		if (updated == 1) {
			events.publishEvent(new DraftProgressed(draft.id(), draft.eserviceId(), stepId, stepIndex, draft.channel(), now));
		}
	}

	/**
	 * Locks the draft for its submission, so two submissions of one draft at once make one case: the
	 * second waits here and then finds it submitted.
	 */
	Optional<Draft> lockForSubmission(UUID id, String ownerId) {
		return jdbc.sql("SELECT * FROM cases_draft WHERE id = ? AND owner_id = ? FOR UPDATE").params(id, ownerId)
				.query(this::map).optional();
	}

	void submitted(UUID id, CaseId caseId) {
		jdbc.sql("UPDATE cases_draft SET case_id = ?, updated_at = ? WHERE id = ?")
				.params(caseId.value(), Cases.timestamp(clock.instant()), id).update();
	}

	/** Deletes a draft its owner no longer wants. */
	@Transactional
	public boolean discard(UUID id, String ownerId) {
		return jdbc.sql("DELETE FROM cases_draft WHERE id = ? AND owner_id = ? AND case_id IS NULL").params(id, ownerId)
				.update() == 1;
	}

	/**
	 * Deletes drafts past their time, and submitted drafts a day after submission (the case keeps what was
	 * submitted). Returns how many were left unsubmitted.
	 */
	@Transactional
	public int expire() {
		Instant now = clock.instant();
		List<Map<String, Object>> expired = jdbc.sql("DELETE FROM cases_draft WHERE case_id IS NULL AND expires_at < ? "
				+ "RETURNING id, eservice_id, step_reached, channel").param(Cases.timestamp(now)).query().listOfRows();
		for (Map<String, Object> row : expired) {
			events.publishEvent(new DraftAbandoned((UUID) row.get("id"), (String) row.get("eservice_id"),
					Optional.ofNullable((String) row.get("step_reached")), Cases.channel((String) row.get("channel")), now));
		}
		jdbc.sql("DELETE FROM cases_draft WHERE case_id IS NOT NULL AND updated_at < ?")
				.param(Cases.timestamp(now.minus(Duration.ofDays(1)))).update();
		return expired.size();
	}

	/** Drafts that expire within the given time and whose owner has not been reminded; marks them reminded. */
	@Transactional
	public List<Draft> remindBefore(Duration beforeExpiry) {
		Instant now = clock.instant();
		return jdbc.sql("UPDATE cases_draft SET reminded_at = ? WHERE case_id IS NULL AND reminded_at IS NULL "
				+ "AND expires_at < ? AND expires_at > ? RETURNING *")
				.params(Cases.timestamp(now), Cases.timestamp(now.plus(beforeExpiry)), Cases.timestamp(now))
				.query(this::map).list();
	}

	private Draft map(ResultSet rs, int row) throws SQLException {
		String eserviceId = rs.getString("eservice_id");
		FormDefinition form = catalogue.find(eserviceId).flatMap(EService::form)
				.orElse(new FormDefinition(List.of()));
		String caseId = rs.getString("case_id");
		return new Draft(rs.getObject("id", UUID.class), eserviceId, rs.getString("owner_id"),
				Parties.of(rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_name")),
				Actor.Representation.valueOf(rs.getString("representation")), Cases.channel(rs.getString("channel")),
				AnswersJson.read(rs.getString("answers"), form.allFields()), files(rs.getString("files")),
				Optional.ofNullable(rs.getString("step_reached")), Cases.instant(rs, "created_at"),
				Cases.instant(rs, "updated_at"), Cases.instant(rs, "expires_at"),
				Optional.ofNullable(caseId).map(id -> new CaseId(UUID.fromString(id))));
	}

	private static String filesJson(Map<String, Draft.UploadedFile> files) {
		ObjectNode object = JSON.createObjectNode();
		files.forEach((sha, file) -> object.putObject(sha).put("filename", file.filename())
				.put("mediaType", file.mediaType()).put("size", file.size()));
		return JSON.writeValueAsString(object);
	}

	private static Map<String, Draft.UploadedFile> files(String json) {
		Map<String, Draft.UploadedFile> files = new LinkedHashMap<>();
		if (json != null) {
			for (Map.Entry<String, JsonNode> entry : JSON.readTree(json).properties()) {
				JsonNode file = entry.getValue();
				files.put(entry.getKey(), new Draft.UploadedFile(entry.getKey(), file.get("filename").asString(),
						file.get("mediaType").asString(), file.get("size").asLong()));
			}
		}
		return files;
	}
}
