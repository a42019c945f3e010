package org.cityhall.notifications.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cityhall.notifications.Notice;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.notifications.contact.Channel;
import org.cityhall.notifications.contact.Contacts;
import org.cityhall.notifications.contact.Preferences;
import org.cityhall.notifications.inbox.Inbox;
import org.cityhall.notifications.inbox.NoticeTexts;
import org.cityhall.notifications.mail.Mailer;
import org.cityhall.notifications.sms.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notice arrives: into the recipient's inbox, and into the outbox once for each channel the
 * recipient wants and has verified – all in one transaction, and only the first time its id is
 * seen, so a redelivered notice is one inbox entry and one message.
 */
@Component
class TakingNotices {

	static final int MAX_NOTICE_ID_LENGTH = 200;
	static final int MAX_ARGUMENTS = 20;
	static final int MAX_ARGUMENT_LENGTH = 2000;
	static final int MAX_LINK_LENGTH = 2000;
	private static final Pattern TEMPLATE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
	/** A Message-ID as RFC 5322 writes it, printable ASCII only (so nothing can be added to the header), 250 at most. */
	static final Pattern MESSAGE_ID = Pattern.compile("<[!-;=?-~]{1,123}@[!-;=?-~]{1,123}>");
	private static final Logger log = LoggerFactory.getLogger(TakingNotices.class);

	private final Inbox inbox;
	private final Outbox outbox;
	private final Contacts contacts;
	private final NoticeTexts texts;
	private final Mailer mailer;
	private final ObjectProvider<SmsGateway> sms;
	private final Clock clock;

	TakingNotices(Inbox inbox, Outbox outbox, Contacts contacts, NoticeTexts texts, Mailer mailer, ObjectProvider<SmsGateway> sms,
			ObjectProvider<Clock> clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.contacts = contacts;
		this.texts = texts;
		this.mailer = mailer;
		this.sms = sms;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * @throws IllegalArgumentException for a notice no one could read: no id, a template without
	 *         texts, a link off CityHall; the publication then stays failed in the registry for
	 *         whoever runs CityHall to see
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	void take(Notice notice) {
		String noticeId = checked(notice);
		NoticeRecipient recipient = Objects.requireNonNull(notice.recipient(), "the notice " + noticeId + " has no recipient");
		List<String> arguments = List.copyOf(notice.arguments());
		Optional<String> link = notice.link();
		Optional<String> inReplyTo = Optional.ofNullable(notice.inReplyTo()).flatMap(id -> id)
				.filter(id -> MESSAGE_ID.matcher(id).matches());
		Instant now = clock.instant();
		if (!inbox.add(Ids.next(clock), noticeId, recipient.id(), notice.template(), arguments, link, inReplyTo, now)) {
			log.debug("Notice {} was already taken; not sent again", noticeId);
			return;
		}
		Preferences preferences = contacts.preferencesOf(recipient.id());
		if (recipient.kind() == NoticeRecipient.Kind.EMAIL) {
			if (preferences.email() && mailer.available()) {
				outbox.enqueue(Ids.next(clock), noticeId, Channel.EMAIL, recipient.id(), now);
			}
			return;
		}
		if (preferences.email() && mailer.available()) {
			contacts.verified(recipient.id(), Channel.EMAIL)
					.ifPresent(address -> outbox.enqueue(Ids.next(clock), noticeId, Channel.EMAIL, address, now));
		}
		if (preferences.sms() && sms.getIfAvailable() != null) {
			contacts.verified(recipient.id(), Channel.SMS)
					.ifPresent(number -> outbox.enqueue(Ids.next(clock), noticeId, Channel.SMS, number, now));
		}
	}

	private String checked(Notice notice) {
		String noticeId = notice.noticeId();
		if (noticeId == null || noticeId.isBlank() || noticeId.length() > MAX_NOTICE_ID_LENGTH) {
			throw new IllegalArgumentException("a notice of " + notice.getClass().getName() + " needs an id of 1 to "
					+ MAX_NOTICE_ID_LENGTH + " characters");
		}
		String template = notice.template();
		if (template == null || !TEMPLATE.matcher(template).matches() || template.length() > MAX_NOTICE_ID_LENGTH) {
			throw new IllegalArgumentException("the notice " + noticeId + " has no usable template: " + template);
		}
		if (!texts.knows(template)) {
			throw new IllegalArgumentException("the notice " + noticeId + " has no texts: the messages " + template
					+ ".subject and " + template + ".body are missing");
		}
		List<String> arguments = notice.arguments();
		if (arguments == null || arguments.size() > MAX_ARGUMENTS
				|| arguments.stream().anyMatch(argument -> argument == null || argument.length() > MAX_ARGUMENT_LENGTH)) {
			throw new IllegalArgumentException("the notice " + noticeId + " needs at most " + MAX_ARGUMENTS
					+ " arguments, none missing and none longer than " + MAX_ARGUMENT_LENGTH + " characters");
		}
		Optional<String> link = notice.link();
		if (link == null || link.filter(path -> !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
				|| path.length() > MAX_LINK_LENGTH || path.chars().anyMatch(c -> c <= ' ' || c == 0x7f)).isPresent()) {
			throw new IllegalArgumentException("the notice " + noticeId + " links to something that is not a path on CityHall");
		}
		return noticeId;
	}
}
