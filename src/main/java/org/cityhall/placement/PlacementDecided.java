package org.cityhall.placement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A child's school placement, as published to one of their guardians (one event per guardian, each
 * told), or changed later when a freed place passed down the waiting list.
 *
 * @param school the school's name; empty when no school could take the child
 * @param outcome {@code choice}, {@code near-home} or {@code unplaced}
 */
public record PlacementDecided(UUID eventId, UUID roundId, String caseNumber, PersonalIdentityNumber child,
		String childName, PersonalIdentityNumber guardian, Optional<String> school, String outcome, Instant at)
		implements Archivable, ChildsApplicationNotice {

	@Override
	public ArchiveEntry archiveEntry() {
		return PlacementRecords.inChildsMatter("placement-decided:" + eventId, "placement.decided", at, child, childName,
				caseNumber, new LocalizedText("Besked om skolplacering " + caseNumber,
						"School placement " + caseNumber));
	}

	@Override
	public String noticeId() {
		return "placement-decided:" + eventId;
	}

	@Override
	public NoticeRecipient recipient() {
		return NoticeRecipient.person(guardian);
	}

	@Override
	public String template() {
		return "placement.notice.decided";
	}

	@Override
	public List<String> arguments() {
		return List.of(childName, school.orElse("-"));
	}
}
