package org.cityhall.placement;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.PersonalIdentityNumber;

/** The second guardian confirmed a school choice application: it is complete. The applying guardian is told. */
public record ApplicationConfirmed(UUID eventId, String caseNumber, PersonalIdentityNumber child, String childName,
		PersonalIdentityNumber applicant, PersonalIdentityNumber confirmedBy, Instant at) implements Archivable, ChildsApplicationNotice {

	@Override
	public ArchiveEntry archiveEntry() {
		return PlacementRecords.inChildsMatter("placement-confirmed:" + eventId, "placement.application-confirmed", at, child, childName,
				caseNumber, new LocalizedText("Skolval godkänt av båda vårdnadshavarna " + caseNumber,
						"School choice confirmed by both guardians " + caseNumber));
	}

	@Override
	public String noticeId() {
		return "placement-confirmed:" + eventId;
	}

	@Override
	public NoticeRecipient recipient() {
		return NoticeRecipient.person(applicant);
	}

	@Override
	public String template() {
		return "placement.notice.confirmed";
	}
}
