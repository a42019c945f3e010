package org.cityhall.queues;

import java.util.List;
import java.util.Optional;

import org.cityhall.notifications.Notice;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.Party;

/**
 * What the applicant is told of a change to their queue entry, published with the
 * {@link QueueEntryChanged} it tells of; its id comes from that event's id. Texts are
 * {@code queues.notice.<change>} in {@code i18n/queues_*.properties}.
 */
public record QueueNotice(String noticeId, NoticeRecipient recipient, String template, List<String> arguments,
		Optional<String> link) implements Notice {

	public QueueNotice {
		arguments = List.copyOf(arguments);
	}

	/** The notice a change gives its applicant; none for exceptions, or for an applicant who can be reached no way. */
	static Optional<QueueNotice> of(QueueEntryChanged changed) {
		if (changed.change() == QueueEntryChanged.Change.EXCEPTION_MADE) {
			return Optional.empty();
		}
		Optional<NoticeRecipient> recipient = changed.applicant() instanceof Party.Person person
				? Optional.of(NoticeRecipient.person(person.number()))
				: changed.applicant() instanceof Party.Visitor visitor ? Optional.of(NoticeRecipient.email(visitor.email()))
						: changed.contactEmail().map(NoticeRecipient::email);
		return recipient.map(to -> new QueueNotice("queue-" + changed.change().code() + ":" + changed.eventId(), to,
				"queues.notice." + changed.change().code(),
				List.of(changed.reference(), changed.alternative().orElse(""), changed.detail().orElse("")),
				Optional.of("/my-pages/queues/" + changed.reference())));
	}
}
