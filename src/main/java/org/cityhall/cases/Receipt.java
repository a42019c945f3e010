package org.cityhall.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;

/**
 * What the applicant gets on submitting: the case number, the time, the checksum of what was
 * submitted, and for an e-service open without login the private link's token (shown once).
 *
 * @param alreadySubmitted whether this was a repeat of a submission already made (a double click, a retry)
 */
public record Receipt(CaseId caseId, CaseNumber number, Instant submittedAt, String checksum, Optional<String> accessToken,
		Optional<LocalizedText> whatHappensNext, boolean alreadySubmitted) {

	public Receipt {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(submittedAt, "submittedAt");
		Objects.requireNonNull(checksum, "checksum");
		Objects.requireNonNull(accessToken, "accessToken");
		Objects.requireNonNull(whatHappensNext, "whatHappensNext");
	}
}
