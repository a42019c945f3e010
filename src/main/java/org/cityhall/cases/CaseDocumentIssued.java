package org.cityhall.cases;

import java.time.Instant;
import java.util.Locale;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * The city issued a PDF/A document of a case: the receipt of its submission or its decision. They are
 * rendered just after the commit that made them due, so they are filed as records of their own,
 * following the submission's and the decision's records in the same matter.
 *
 * @param role {@link CaseDocument.Role#RECEIPT} or {@link CaseDocument.Role#DECISION}
 * @param document the PDF in the document store
 */
public record CaseDocumentIssued(CaseId caseId, CaseNumber number, String eserviceId, String department, Party subject,
		CaseDocument.Role role, DocumentId document, String filename, RetentionClass retention, Instant at)
		implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		String n = number.value();
		boolean receipt = role == CaseDocument.Role.RECEIPT;
		return ArchiveEntry.of("case-document:" + n + ":" + role.name().toLowerCase(Locale.ROOT) + ":" + document.sha256(),
				receipt ? "cases.receipt-issued" : "cases.decision-issued", at)
				.subject(subject)
				.matter(n)
				.department(department)
				.title(receipt ? new LocalizedText("Kvittens för ärende " + n, "Receipt for case " + n)
						: new LocalizedText("Beslutsdokument i ärende " + n, "Decision document in case " + n))
				.retention(retention)
				.document(document)
				.build();
	}
}
