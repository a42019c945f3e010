package org.cityhall.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/**
 * A message was written in a case's thread; the other side is told.
 *
 * @param fromApplicant whether the applicant's side wrote it (else an officer or an operations system)
 */
public record CaseMessagePosted(UUID eventId, UUID messageId, CaseId caseId, CaseNumber number, String eserviceId,
		String department, Party applicant, Party subject, Optional<String> contactEmail, boolean fromApplicant,
		Optional<String> assignedTo, Instant at) {
}
