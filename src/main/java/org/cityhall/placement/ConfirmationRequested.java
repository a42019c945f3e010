package org.cityhall.placement;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * One guardian applied for a child who has two: the other is asked to confirm the application on My pages.
 * Filed as part of the child's matter; the other guardian is told.
 */
public record ConfirmationRequested(UUID eventId, String caseNumber, PersonalIdentityNumber child, String childName,
		PersonalIdentityNumber otherGuardian, Instant at) implements Archivable, ChildsApplicationNotice {

	@Override
	public ArchiveEntry archiveEntry() {
		return PlacementRecords.inChildsMatter("placement-confirmation-requested:" + eventId, "placement.confirmation-requested", at, child, childName,
				caseNumber, new LocalizedText("Begäran om godkännande av skolval " + caseNumber,
						"Request to confirm school choice " + caseNumber));
	}

	@Override
	public String noticeId() {
		return "placement-confirm:" + eventId;
	}

	@Override
	public NoticeRecipient recipient() {
		return NoticeRecipient.person(otherGuardian);
	}

	@Override
	public String template() {
		return "placement.notice.confirm";
	}
}
