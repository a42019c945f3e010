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
 * A case moved in its life: received, taken into handling, a supplement asked for or given, decided,
 * closed or withdrawn. The applicant is told, and operations systems hear of it. Filed as a record of
 * type {@code cases.<new status>} ({@code cases.decided}); a decision, closing or withdrawal closes
 * the matter. The decision's PDF, rendered after the commit, is filed as its own record
 * ({@link CaseDocumentIssued}).
 *
 * @param text what the applicant reads with it: the supplement asked for, the decision's reasons
 * @param outcome the decision's outcome, when {@code to} is {@link CaseStatus#DECIDED}
 * @param retention how long the e-archive keeps the case's records
 * @param documents the documents given with it: a supplement's files
 */
public record CaseStatusChanged(UUID eventId, CaseId caseId, CaseNumber number, String eserviceId, String department,
		Party applicant, Party subject, Optional<String> contactEmail, CaseStatus from, CaseStatus to,
		Optional<String> text, Optional<Decision.Outcome> outcome, Instant at, RetentionClass retention,
		List<DocumentId> documents) implements Archivable {

	public CaseStatusChanged {
		documents = List.copyOf(documents);
	}

	@Override
	public ArchiveEntry archiveEntry() {
		ArchiveEntry.Builder entry = ArchiveEntry.of("case-status:" + eventId, "cases." + to.code(), at)
				.subject(subject)
				.matter(number.value())
				.department(department)
				.title(title())
				.retention(retention)
				.documents(documents);
		if (!to.isOpen()) {
			entry.closesMatter();
		}
		return entry.build();
	}

	private LocalizedText title() {
		String n = number.value();
		switch (to) {
			case RECEIVED:
				return new LocalizedText("Ärende " + n + " har tagits emot", "Case " + n + " received");
			case IN_PROGRESS:
				return from == CaseStatus.AWAITING_SUPPLEMENT
						? new LocalizedText("Komplettering i ärende " + n, "Supplement in case " + n)
						: new LocalizedText("Ärende " + n + " handläggs", "Case " + n + " in handling");
			case AWAITING_SUPPLEMENT:
				return new LocalizedText("Komplettering begärd i ärende " + n, "Supplement requested in case " + n);
			case DECIDED:
				return new LocalizedText("Beslut i ärende " + n, "Decision in case " + n);
			case CLOSED:
				return new LocalizedText("Ärende " + n + " har avslutats", "Case " + n + " closed");
			case WITHDRAWN:
				return new LocalizedText("Ärende " + n + " har återkallats", "Case " + n + " withdrawn");
			default:
				return new LocalizedText("Ärende " + n + " har ny status", "Case " + n + " changed status");
		}
	}
}
