package org.cityhall.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.catalogue.EService;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * A case was submitted and has its number: published in the submission's transaction, so whoever
 * holds a receipt has a case, and everything that follows (the PDF receipt, the notice, filing,
 * operations systems) happens from this event. Filed with the documents submitted with it; the PDF
 * receipt, rendered after the commit, is filed as its own record ({@link CaseDocumentIssued}).
 *
 * @param contactEmail the address an applicant without login gave, to follow the case by
 * @param retention how long the e-archive keeps the case's records
 * @param attachments the documents submitted with it
 */
public record CaseSubmitted(UUID eventId, CaseId caseId, CaseNumber number, String eserviceId, String department,
		String kind, EService.Channel channel, Party applicant, Party subject, Optional<String> contactEmail,
		Optional<String> registeredBy, Instant at, RetentionClass retention, List<DocumentId> attachments)
		implements Archivable {

	public CaseSubmitted {
		attachments = List.copyOf(attachments);
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("case-submitted:" + eventId, "cases.submitted", at)
				.subject(subject)
				.matter(number.value())
				.department(department)
				.title(new LocalizedText("Ärende " + number + " har kommit in", "Case " + number + " submitted"))
				.retention(retention)
				.documents(attachments)
				.build();
	}
}
