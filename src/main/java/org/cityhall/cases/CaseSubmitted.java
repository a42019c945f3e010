package org.cityhall.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.catalogue.EService;
import org.cityhall.shared.Party;

/**
 * A case was submitted and has its number: published in the submission's transaction, so whoever
 * holds a receipt has a case, and everything that follows (the PDF receipt, the notice, filing,
 * operations systems) happens from this event.
 *
 * @param contactEmail the address an applicant without login gave, to follow the case by
 */
public record CaseSubmitted(UUID eventId, CaseId caseId, CaseNumber number, String eserviceId, String department,
		String kind, EService.Channel channel, Party applicant, Party subject, Optional<String> contactEmail,
		Optional<String> registeredBy, Instant at) {
}
