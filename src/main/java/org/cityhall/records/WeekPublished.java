package org.cityhall.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;

/** A pre-school published a week's activities and menu. It names no one, so it has no subject. */
public record WeekPublished(UUID eventId, Instant occurredAt, String preschool, LocalDate monday, String publishedBy, RetentionClass retention) implements Archivable {

	public WeekPublished {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(preschool, "preschool");
		Objects.requireNonNull(monday, "monday");
		Objects.requireNonNull(publishedBy, "publishedBy");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("week-published:" + eventId, "records.week-published", occurredAt)
				.matter("preschool-week-" + preschool + "-" + monday)
				.department(RecordsArchive.DISTRICTS)
				.title(new LocalizedText("Veckan på förskolan från " + monday, "The week at pre-school from " + monday))
				.retention(retention)
				.build();
	}
}
