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

/**
 * An agent handed a contact to a department with a note. Filed under the hand-over's reference, for staff
 * only: the note is written for the department, and the resident hears from the department itself.
 *
 * @param resident the resident it concerns, when the agent had looked them up
 * @param sender the e-mail address it came from, for an e-mail not tied to a resident
 */
public record ContactHandedOver(UUID handOverId, String reference, String department, Optional<PersonalIdentityNumber> resident,
		Optional<String> sender, String agentId, String note, Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		ArchiveEntry.Builder entry = ArchiveEntry.of("contact-handed-over:" + handOverId, "contact.handed-over", at)
				.matter(reference)
				.department(department)
				.title(new LocalizedText("Kontakt " + reference + " överlämnad till förvaltningen",
						"Contact " + reference + " handed over to the department"))
				.retention(ContactRecords.RETENTION)
				.audience(Audience.STAFF_ONLY);
		resident.ifPresent(number -> entry.subject(new Party.Person(number, null)));
		return entry.build();
	}
}
