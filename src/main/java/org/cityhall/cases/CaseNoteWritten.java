package org.cityhall.cases;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * An officer wrote an internal note in a case (tjänsteanteckning). It never reaches the applicant:
 * the archive files it for staff only, and the search portal never shows it to a resident.
 *
 * @param noteId the note's timeline line
 * @param subject whom the case is about
 * @param retention how long the e-archive keeps the case's records
 */
public record CaseNoteWritten(UUID noteId, CaseId caseId, CaseNumber number, String eserviceId, String department,
		Party subject, Party.Staff officer, String note, RetentionClass retention, Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("case-note:" + noteId, "cases.note-written", at)
				.subject(subject)
				.matter(number.value())
				.department(department)
				.title(new LocalizedText("Tjänsteanteckning i ärende " + number, "Internal note in case " + number))
				.retention(retention)
				.audience(Audience.STAFF_ONLY)
				.build();
	}
}
