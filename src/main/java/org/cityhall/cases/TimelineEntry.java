package org.cityhall.cases;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/**
 * One line of a case's timeline: what happened, when, by whom, and who may read it.
 *
 * @param status the case's status after it, when it changed the status
 * @param text what was written with it: the supplement asked for, the decision's reasons, an internal note
 */
public record TimelineEntry(UUID id, Instant at, What what, Audience audience, Party actor, Optional<CaseStatus> status,
		Optional<String> text) {

	public TimelineEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(what, "what");
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(text, "text");
	}

	/** Whether the applicant, and those acting for them, may read it. */
	public boolean isForApplicant() {
		return audience == Audience.APPLICANT;
	}

	/** The kinds of line. */
	public enum What {
		SUBMITTED, RECEIVED, HANDLING_STARTED, SUPPLEMENT_REQUESTED, SUPPLEMENTED, DECIDED, CLOSED, WITHDRAWN, ASSIGNED,
		NOTE, STATUS_FROM_OPERATIONS;

		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** Who may read a line. */
	public enum Audience {
		/** The applicant, those acting for them, and staff. */
		APPLICANT,
		/** Staff only: officers' internal notes and assignments never reach the applicant. */
		STAFF
	}
}
