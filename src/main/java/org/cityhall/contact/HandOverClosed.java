package org.cityhall.contact;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** The department's officer closed a hand-over with its outcome: the hand-over's matter ends here. */
public record HandOverClosed(UUID handOverId, String reference, String department, Optional<PersonalIdentityNumber> resident,
		String officerId, String outcome, Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		ArchiveEntry.Builder entry = ArchiveEntry.of("contact-handover-closed:" + handOverId, "contact.handover-closed", at)
				.matter(reference)
				.department(department)
				.title(new LocalizedText("Överlämning " + reference + " avslutad", "Hand-over " + reference + " closed"))
				.retention(ContactRecords.RETENTION)
				.audience(Audience.STAFF_ONLY)
				.closesMatter();
		resident.ifPresent(number -> entry.subject(new Party.Person(number, null)));
		return entry.build();
	}
}
