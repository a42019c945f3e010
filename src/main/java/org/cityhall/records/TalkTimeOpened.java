package org.cityhall.records;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;

/** A pre-school's teacher opened a time for development talks. */
public record TalkTimeOpened(UUID eventId, Instant occurredAt, UUID slotId, String preschool, Instant startsAt, int minutes, String openedBy, RetentionClass retention) implements Archivable {

	public TalkTimeOpened {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(slotId, "slotId");
		Objects.requireNonNull(preschool, "preschool");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(openedBy, "openedBy");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("talk-time-opened:" + eventId, "records.talk-time-opened", occurredAt)
				.matter("preschool-talks-" + preschool)
				.department(RecordsArchive.DISTRICTS)
				.title(new LocalizedText("Tid för utvecklingssamtal öppnad", "Development talk time opened"))
				.retention(retention)
				.build();
	}
}
