package org.cityhall.placement;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;

/**
 * A round was allocated: with its seed, anyone may run it again and get the same result. Filed for staff;
 * guardians hear at publication.
 */
public record PlacesAllocated(UUID eventId, UUID roundId, String roundName, long seed, int applications, int placed,
		int nearHome, int unplaced, String allocatedBy, Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("placement-allocated:" + eventId, "placement.allocated", at)
				.matter("placement-round:" + roundId).department(PlacementRecords.DEPARTMENT)
				.title(new LocalizedText("Skolvalet " + roundName + " fördelat", "School choice " + roundName + " allocated"))
				.retention(PlacementRecords.RETENTION).audience(Audience.STAFF_ONLY).build();
	}
}
