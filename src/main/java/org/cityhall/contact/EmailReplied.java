package org.cityhall.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.notifications.Notice;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * An agent replied to an e-mail that reached the centre. Sent to the sender's address by notifications, in
 * the language the holder of that address chose when it is known (Swedish otherwise), from the line it came
 * to; filed for the sender under the contact, as the city's letter it is.
 *
 * @param contactId the e-mail contact replied to
 * @param queue the line's code: the reply comes from the city's line or from Äldre Direkt
 * @param to the sender's address
 * @param subject the subject of the e-mail replied to
 * @param reply what the agent wrote, at most 2,000 characters
 * @param inReplyTo the Message-ID the e-mail came with, so the reply is in its conversation
 */
public record EmailReplied(UUID contactId, String queue, String to, String subject, String reply, String agentId, Instant at,
		Optional<String> inReplyTo)
		implements Archivable, Notice {

	/** The longest reply a notice carries. */
	public static final int MAX_REPLY = 2000;

	public EmailReplied {
		inReplyTo = inReplyTo == null ? Optional.empty() : inReplyTo;
		if (reply.isBlank() || reply.length() > MAX_REPLY) {
			throw new IllegalArgumentException("a reply has 1 to " + MAX_REPLY + " characters");
		}
		if (ContactQueue.of(queue).isEmpty()) {
			throw new IllegalArgumentException("no line " + queue);
		}
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("contact-email-replied:" + contactId, "contact.email-replied", at)
				.subject(new Party.Visitor(to))
				.matter("contact-" + contactId)
				.title(new LocalizedText("Svar på e-post: " + subject, "Reply to an e-mail: " + subject))
				.retention(ContactRecords.RETENTION)
				.closesMatter()
				.build();
	}

	@Override
	public String noticeId() {
		return "contact-email-replied:" + contactId;
	}

	@Override
	public NoticeRecipient recipient() {
		return NoticeRecipient.email(to);
	}

	@Override
	public String template() {
		return "contact.notice.reply-" + queue;
	}

	@Override
	public List<String> arguments() {
		return List.of(subject.length() > 200 ? subject.substring(0, 200) : subject, reply);
	}
}
