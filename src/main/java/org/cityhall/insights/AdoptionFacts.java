package org.cityhall.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what the events tell: each fact once, keyed by the case or draft it is about, and the monthly
 * rollups moved only when the fact is new, in the same transaction. So a redelivered event, or the
 * archive's copy of an event already counted, changes nothing.
 */
@Component
class AdoptionFacts {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;
	private final Catalogue catalogue;

	AdoptionFacts(JdbcClient jdbc, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	@Transactional
	public void submitted(UUID caseId, String eserviceId, String department, EService.Channel channel, Instant at) {
		int inserted = jdbc.sql("""
				INSERT INTO insights_case (case_id, eservice_id, department, channel, submitted_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (case_id) DO NOTHING""")
				.params(caseId, eserviceId, department, channel.name(), Timestamp.from(at)).update();
		if (inserted == 1) {
			jdbc.sql("""
					INSERT INTO insights_month (eservice_id, month, channel, cases) VALUES (?, ?, ?, 1)
					ON CONFLICT (eservice_id, month, channel) DO UPDATE SET cases = insights_month.cases + 1""")
					.params(eserviceId, month(at), channel.name()).update();
		}
	}

	/** Counts a case's first decision, in the month it was made. A decision for a case not counted yet waits for none. */
	@Transactional
	public void decided(UUID caseId, Instant at) {
		Optional<Submitted> submitted = jdbc.sql("""
				UPDATE insights_case SET decided_at = ? WHERE case_id = ? AND decided_at IS NULL
				RETURNING eservice_id, submitted_at""")
				.params(Timestamp.from(at), caseId)
				.query((rs, n) -> new Submitted(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
		if (submitted.isEmpty()) {
			return;
		}
		long days = ChronoUnit.DAYS.between(day(submitted.get().at()), day(at));
		OptionalInt target = catalogue.find(submitted.get().eserviceId()).map(EService::handlingTargetDays).orElse(OptionalInt.empty());
		int within = target.isPresent() && days <= target.getAsInt() ? 1 : 0;
		jdbc.sql("""
				INSERT INTO insights_handling_month (eservice_id, month, decided, days_total, within_target) VALUES (?, ?, 1, ?, ?)
				ON CONFLICT (eservice_id, month) DO UPDATE SET decided = insights_handling_month.decided + 1,
				    days_total = insights_handling_month.days_total + EXCLUDED.days_total,
				    within_target = insights_handling_month.within_target + EXCLUDED.within_target""")
				.params(submitted.get().eserviceId(), month(at), days, within).update();
	}

	@Transactional
	public void progressed(UUID draftId, String eserviceId, String stepId, int stepIndex) {
		jdbc.sql("""
				INSERT INTO insights_draft (draft_id, eservice_id, step_index, step_id) VALUES (?, ?, ?, ?)
				ON CONFLICT (draft_id) DO UPDATE SET step_index = EXCLUDED.step_index, step_id = EXCLUDED.step_id
				WHERE insights_draft.abandoned_at IS NULL AND EXCLUDED.step_index > insights_draft.step_index""")
				.params(draftId, eserviceId, stepIndex, stepId).update();
	}

	/** Counts an abandoned draft once, at the step it reached (as the event names it, or the furthest one seen). */
	@Transactional
	public void abandoned(UUID draftId, String eserviceId, Optional<String> stepReached, Instant at) {
		jdbc.sql("""
				INSERT INTO insights_draft (draft_id, eservice_id, step_index, step_id) VALUES (?, ?, 0, ?)
				ON CONFLICT (draft_id) DO NOTHING""")
				.params(draftId, eserviceId, stepReached.orElse("")).update();
		Optional<Step> step = jdbc.sql("""
				UPDATE insights_draft SET abandoned_at = ?, step_id = COALESCE(?, step_id)
				WHERE draft_id = ? AND abandoned_at IS NULL RETURNING step_id, step_index""")
				.params(Timestamp.from(at), stepReached.orElse(null), draftId)
				.query((rs, n) -> new Step(rs.getString(1), rs.getInt(2))).optional();
		step.ifPresent(reached -> jdbc.sql("""
				INSERT INTO insights_abandoned_step (eservice_id, step_id, step_index, drafts) VALUES (?, ?, ?, 1)
				ON CONFLICT (eservice_id, step_id) DO UPDATE SET drafts = insights_abandoned_step.drafts + 1,
				    step_index = GREATEST(insights_abandoned_step.step_index, EXCLUDED.step_index)""")
				.params(eserviceId, reached.id(), reached.index()).update());
	}

	static LocalDate month(Instant at) {
		return day(at).withDayOfMonth(1);
	}

	private static LocalDate day(Instant at) {
		return at.atZone(STOCKHOLM).toLocalDate();
	}

	private record Submitted(String eserviceId, Instant at) {
	}

	private record Step(String id, int index) {
	}
}
