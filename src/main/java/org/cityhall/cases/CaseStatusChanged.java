package org.cityhall.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/**
 * A case moved in its life: received, taken into handling, a supplement asked for or given, decided,
 * closed or withdrawn. The applicant is told, and operations systems hear of it.
 *
 * @param text what the applicant reads with it: the supplement asked for, the decision's reasons
 * @param outcome the decision's outcome, when {@code to} is {@link CaseStatus#DECIDED}
 */
public record CaseStatusChanged(UUID eventId, CaseId caseId, CaseNumber number, String eserviceId, String department,
		Party applicant, Party subject, Optional<String> contactEmail, CaseStatus from, CaseStatus to,
		Optional<String> text, Optional<Decision.Outcome> outcome, Instant at) {
}
