package org.cityhall.records;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry in a care diary: a decision, a plan, a personal detail held, or the day-to-day note of what
 * was done, when and by whom.
 *
 * @param measure what was decided or done ({@code Morgonhjälp}, {@code Beslut om hemtjänst 20 h/mån})
 * @param note what the staff wrote; may be empty
 * @param performedBy who did it, as the operations system names them (a title and a first name)
 */
public record DiaryEntry(UUID id, Kind kind, Instant occurredAt, String measure, String note, String performedBy) {

	public DiaryEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(measure, "measure");
		note = note == null ? "" : note;
		Objects.requireNonNull(performedBy, "performedBy");
	}

	/** What an entry is; its code is how files and tables write it. */
	public enum Kind {
		/** An assistance decision (biståndsbeslut). */
		DECISION("decision"),
		/** An implementation plan (genomförandeplan). */
		PLAN("plan"),
		/** A personal detail the unit holds: a contact, a key arrangement, an allergy. */
		DETAIL("detail"),
		/** The day-to-day record of what was done (social dokumentation). */
		NOTE("note");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		/** The kind a code names; empty for anything else. */
		public static java.util.Optional<Kind> ofCode(String code) {
			for (Kind kind : values()) {
				if (kind.code.equals(code)) {
					return java.util.Optional.of(kind);
				}
			}
			return java.util.Optional.empty();
		}
	}
}
