package org.cityhall.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A message in a case's thread.
 *
 * @param fromApplicant written by the applicant's side; otherwise by an officer or an operations system
 * @param readAt when the other side first opened the thread after it was written
 */
public record CaseMessage(UUID id, Instant at, boolean fromApplicant, String authorName, String body,
		List<CaseDocument> attachments, Optional<Instant> readAt) {

	public CaseMessage {
		attachments = List.copyOf(attachments);
	}

	/** The most characters of a message. */
	public static final int LIMIT = 10_000;
}
