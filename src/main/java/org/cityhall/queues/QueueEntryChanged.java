package org.cityhall.queues;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * Something happened to a queue entry: it was registered, its choices changed, a landlord invited the
 * member to a viewing, a place (or a flat's contract) was offered,
 * accepted, declined or expired, an administrator made an exception, or it was withdrawn. Filed as a
 * record of type {@code queues.<change>} under the entry's reference; an accepted offer, when nothing is
 * kept, and a withdrawal close the matter. Exceptions are filed for staff only.
 *
 * @param reference the entry's reference: the case number of its application, or the member's number
 * @param alternative the name of the alternative concerned (the pre-school, course or listing), if one
 * @param detail what the applicant reads with it: an offer's deadline, an exception's reason
 * @param closes whether the entry leaves the queue with this change
 */
public record QueueEntryChanged(UUID eventId, String queueId, String department, String reference, Party applicant,
		Party subject, Optional<String> contactEmail, Change change, Optional<String> alternative, Optional<String> detail,
		boolean closes, Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		ArchiveEntry.Builder entry = ArchiveEntry.of("queue-entry:" + eventId, "queues." + change.code(), at)
				.subject(subject)
				.matter(reference)
				.department(department)
				.title(new LocalizedText(change.swedish + " (" + reference + ")", change.english + " (" + reference + ")"));
		if (change == Change.EXCEPTION_MADE) {
			entry.audience(Audience.STAFF_ONLY);
		}
		if (closes) {
			entry.closesMatter();
		}
		return entry.build();
	}

	/** What changed. */
	public enum Change {
		REGISTERED("Ställd i kö", "Placed in the queue"),
		CHOICES_CHANGED("Val ändrade", "Choices changed"),
		VIEWING_INVITED("Inbjudan till visning", "Invited to a viewing"),
		OFFERED("Erbjudande om plats", "Place offered"),
		ACCEPTED("Erbjudande accepterat", "Offer accepted"),
		DECLINED("Erbjudande avböjt", "Offer declined"),
		EXPIRED("Erbjudande förfallet", "Offer expired"),
		EXCEPTION_MADE("Undantag i kön", "Exception in the queue"),
		WITHDRAWN("Köplats återkallad", "Queue entry withdrawn");

		private final String swedish;
		private final String english;

		Change(String swedish, String english) {
			this.swedish = swedish;
			this.english = english;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}
}
