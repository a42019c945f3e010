package org.cityhall.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** A guardian reported a child absent from pre-school on a day. Filed about the child. */
public record AbsenceReported(UUID eventId, Instant occurredAt, UUID absenceId, UUID enrolmentId, PersonalIdentityNumber child, String preschool, LocalDate day, String reason, PersonalIdentityNumber reportedBy, RetentionClass retention) implements Archivable {

	public AbsenceReported {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(absenceId, "absenceId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(preschool, "preschool");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(reportedBy, "reportedBy");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("absence-reported:" + eventId, "records.absence-reported", occurredAt)
				.subject(new Party.Person(child, null))
				.matter("preschool-child-" + enrolmentId)
				.department(RecordsArchive.DISTRICTS)
				.title(new LocalizedText("Frånvaro anmäld " + day, "Absence reported for " + day))
				.retention(retention)
				.build();
	}
}
