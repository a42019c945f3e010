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

/**
 * The pre-school wrote to a child's guardians, or a guardian to the pre-school, in the child's
 * conversation. Filed about the child.
 *
 * @param fromStaff whether the pre-school wrote it
 */
public record MessageSent(UUID eventId, Instant occurredAt, UUID messageId, UUID enrolmentId, PersonalIdentityNumber child,
		String preschool, boolean fromStaff, String from, RetentionClass retention) implements Archivable {

	public MessageSent {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(messageId, "messageId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(preschool, "preschool");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("preschool-message:" + eventId, "records.message-sent", occurredAt)
				.subject(new Party.Person(child, null))
				.matter("preschool-child-" + enrolmentId)
				.department(RecordsArchive.DISTRICTS)
				.title(fromStaff ? new LocalizedText("Meddelande från förskolan", "Message from the pre-school")
						: new LocalizedText("Meddelande till förskolan", "Message to the pre-school"))
				.retention(retention)
				.build();
	}
}
