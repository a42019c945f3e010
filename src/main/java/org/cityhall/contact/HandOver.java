package org.cityhall.contact;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact handed to a department with a note: open until one of the department's officers takes it, then
 * taken until that officer closes it with an outcome.
 *
 * @param reference what staff call it, {@code KC-2026-000042}
 * @param contactId the contact it came from
 * @param handedOverBy the agent's staff id
 */
public record HandOver(UUID id, String reference, UUID contactId, String department, String note, String handedOverBy,
		Instant handedOverAt, State state, Optional<String> takenBy, Optional<Instant> takenAt, Optional<String> closedBy,
		Optional<Instant> closedAt, Optional<String> outcome) {

	/** Where a hand-over is. */
	public enum State {
		OPEN, TAKEN, CLOSED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}
}
