package org.cityhall.feedback;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Wgs84;

/**
 * A report as the city keeps it. What the public sees of it is {@link #publicDescription()}, and only
 * when {@link #publicView()}; the description as written, the e-mail address and the reporter are for
 * the staff handling it.
 *
 * @param reference the case number, which is Open311's {@code service_request_id}
 * @param mergedInto the report this one was a duplicate of
 * @param supporters how many more people reported the same, by adding to it or through merged duplicates
 * @param publicPhoto the SHA-256 of the first photo an officer approved for the public
 */
public record ReportView(UUID caseId, String reference, String category, String description, String publicDescription,
		boolean publicView, Optional<Wgs84> position, Optional<String> address, Optional<String> email, Optional<String> reporter,
		String department, Status status, Optional<String> statusNotes, Optional<String> mergedInto, int supporters,
		Optional<Boolean> satisfied, Optional<String> mediaUrl, String token, Instant requestedAt, Instant updatedAt, Optional<String> publicPhoto) {

	/** Open311's two states: the city is on it, or it is done (answered, merged or withdrawn). */
	public enum Status {
		OPEN, CLOSED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	/** Whether the reporter may now be asked if they are satisfied: closed, not merged away, not yet answered. */
	public boolean asksSatisfaction() {
		return status == Status.CLOSED && mergedInto.isEmpty() && satisfied.isEmpty();
	}
}
