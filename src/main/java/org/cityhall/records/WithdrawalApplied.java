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

/** A guardian applied to end the child's pre-school place on a last day. Filed about the child. */
public record WithdrawalApplied(UUID eventId, Instant occurredAt, UUID enrolmentId, PersonalIdentityNumber child,
		String preschool, LocalDate lastDay, PersonalIdentityNumber appliedBy, RetentionClass retention) implements Archivable {

	public WithdrawalApplied {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(preschool, "preschool");
		Objects.requireNonNull(lastDay, "lastDay");
		Objects.requireNonNull(appliedBy, "appliedBy");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("withdrawal-applied:" + eventId, "records.withdrawal-applied", occurredAt)
				.subject(new Party.Person(child, null))
				.matter("preschool-child-" + enrolmentId)
				.department(RecordsArchive.DISTRICTS)
				.title(new LocalizedText("Uppsägning av förskoleplats, sista dag " + lastDay,
						"Pre-school place ended, last day " + lastDay))
				.retention(retention)
				.build();
	}
}
