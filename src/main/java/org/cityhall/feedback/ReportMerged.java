package org.cityhall.feedback;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;

/**
 * A member of staff found that one report is the same as another: the duplicate is closed with a note that
 * points to the one that stays, and its reporter is counted among that one's supporters. Filed under the
 * duplicate's case number, for staff: the reporter is told through the case.
 */
public record ReportMerged(UUID eventId, String duplicate, String into, String department, String staffId, Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("report-merged:" + eventId, "feedback.merged", at)
				.matter(duplicate)
				.department(department)
				.title(new LocalizedText("Anmälan " + duplicate + " är sammanslagen med " + into, "Report " + duplicate + " merged into " + into))
				.audience(Audience.STAFF_ONLY)
				.build();
	}
}
