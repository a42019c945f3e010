package org.cityhall.placement;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;

/**
 * An officer added a school to school choice or changed one: its name, whether the city runs it, its address,
 * position, grades and priority rules. Filed for staff in the school's matter; {@link SchoolListed} tells the
 * other modules the public facts.
 *
 * @param added whether the school is new
 * @param summary what the school was left as, in words, for the record
 */
public record SchoolChanged(UUID eventId, String code, String name, boolean added, String summary, String changedBy,
		Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		LocalizedText title = added ? new LocalizedText(name + " tillagd i skolvalet", name + " added to school choice")
				: new LocalizedText(name + " ändrad i skolvalet", name + " changed in school choice");
		return ArchiveEntry.of("placement-school-changed:" + eventId, added ? "placement.school-added" : "placement.school-changed", at)
				.matter("placement-school:" + code).department(PlacementRecords.DEPARTMENT).title(title)
				.retention(PlacementRecords.RETENTION).audience(Audience.STAFF_ONLY).build();
	}
}
