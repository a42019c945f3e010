package org.cityhall.records;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** A guardian booked a development talk at a time the pre-school opened. Filed about the child. */
public record TalkBooked(UUID eventId, Instant occurredAt, UUID slotId, UUID enrolmentId, PersonalIdentityNumber child, String preschool, Instant startsAt, PersonalIdentityNumber bookedBy, RetentionClass retention) implements Archivable {

	public TalkBooked {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(slotId, "slotId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(preschool, "preschool");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(bookedBy, "bookedBy");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("talk-booked:" + eventId, "records.talk-booked", occurredAt)
				.subject(new Party.Person(child, null))
				.matter("preschool-child-" + enrolmentId)
				.department(RecordsArchive.DISTRICTS)
				.title(new LocalizedText("Utvecklingssamtal bokat", "Development talk booked"))
				.retention(retention)
				.build();
	}
}
