package org.cityhall.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * A message was written in a case's thread; the other side is told. Filed with its attachments; the
 * message's text stays in the case (the record says who wrote when).
 *
 * @param fromApplicant whether the applicant's side wrote it (else an officer or an operations system)
 * @param retention how long the e-archive keeps the case's records
 * @param attachments the files sent with it
 */
public record CaseMessagePosted(UUID eventId, UUID messageId, CaseId caseId, CaseNumber number, String eserviceId,
		String department, Party applicant, Party subject, Optional<String> contactEmail, boolean fromApplicant,
		Optional<String> assignedTo, Instant at, RetentionClass retention, List<DocumentId> attachments)
		implements Archivable {

	public CaseMessagePosted {
		attachments = List.copyOf(attachments);
	}

	@Override
	public ArchiveEntry archiveEntry() {
		String n = number.value();
		return ArchiveEntry.of("case-message:" + eventId, "cases.message-posted", at)
				.subject(subject)
				.matter(n)
				.department(department)
				.title(fromApplicant ? new LocalizedText("Meddelande från sökande i ärende " + n, "Message from the applicant in case " + n)
						: new LocalizedText("Meddelande från staden i ärende " + n, "Message from the city in case " + n))
				.retention(retention)
				.documents(attachments)
				.build();
	}
}
