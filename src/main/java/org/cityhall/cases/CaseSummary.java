package org.cityhall.cases;

import java.time.Instant;
import java.util.Optional;

import org.cityhall.catalogue.EService;

/** A line in a list of cases: on My pages, in an officer's inbox, in an export. */
public record CaseSummary(CaseNumber number, String eserviceId, String department, CaseStatus status, Instant submittedAt,
		Optional<Instant> dueAt, String applicantName, String subjectId, String subjectName, Optional<String> assignedTo,
		Optional<String> assignedName, EService.Channel channel) {

	/** Whether it is still open past its handling target. */
	public boolean isOverdue(Instant now) {
		return status.isOpen() && dueAt.map(now::isAfter).orElse(false);
	}
}
