package org.cityhall.records;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** Staff uploaded a picture a child made. Filed with the picture, about the child, and never indexed for search: only the child's guardians see it outside the archive. */
public record PictureUploaded(UUID eventId, Instant occurredAt, UUID pictureId, UUID enrolmentId, PersonalIdentityNumber child, String preschool, DocumentId picture, String uploadedBy, RetentionClass retention) implements Archivable {

	public PictureUploaded {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(pictureId, "pictureId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(child, "child");
		Objects.requireNonNull(preschool, "preschool");
		Objects.requireNonNull(picture, "picture");
		Objects.requireNonNull(uploadedBy, "uploadedBy");
		Objects.requireNonNull(retention, "retention");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("picture-uploaded:" + eventId, "records.picture-uploaded", occurredAt)
				.subject(new Party.Person(child, null))
				.matter("preschool-child-" + enrolmentId)
				.department(RecordsArchive.DISTRICTS)
				.title(new LocalizedText("Barnets bild från förskolan", "The child's picture from pre-school"))
				.retention(retention)
				.audience(Audience.NEVER_INDEXED)
				.document(picture)
				.build();
	}
}
