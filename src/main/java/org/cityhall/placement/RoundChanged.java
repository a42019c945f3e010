package org.cityhall.placement;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;

/**
 * An officer set up a school choice round, changed its terms (grades, window, dates, seed, the rule for
 * unconfirmed applications) or its places. Filed for staff in the round's matter, so how a round came to be
 * what it was allocated from can be followed.
 *
 * @param what {@code set-up}, {@code terms} or {@code places}
 * @param summary what the round was left as, in words, for the record
 */
public record RoundChanged(UUID eventId, UUID roundId, String roundName, String what, String summary, String changedBy,
		Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		LocalizedText title = switch (what) {
			case "set-up" -> new LocalizedText("Skolvalet " + roundName + " upplagt", "School choice " + roundName + " set up");
			case "places" -> new LocalizedText("Platserna i skolvalet " + roundName + " ändrade",
					"Places in school choice " + roundName + " changed");
			default -> new LocalizedText("Villkoren för skolvalet " + roundName + " ändrade",
					"Terms of school choice " + roundName + " changed");
		};
		return ArchiveEntry.of("placement-round-changed:" + eventId, "placement.round-" + what, at)
				.matter("placement-round:" + roundId).department(PlacementRecords.DEPARTMENT).title(title)
				.retention(PlacementRecords.RETENTION).audience(Audience.STAFF_ONLY).build();
	}
}
