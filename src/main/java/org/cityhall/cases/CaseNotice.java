package org.cityhall.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.notifications.Notice;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.Party;

/**
 * What the applicant is told about their case: a receipt, a change of status, a message from the
 * officer, a draft about to expire. Published in the same transaction as the case event it tells of,
 * so the notice is as sure as the change; its id comes from that event's id, so a redelivery is
 * recognised and never shown twice.
 *
 * @param template the message keys' prefix in {@code i18n/cases_*.properties}
 * @param link the page to read more on, when the recipient can sign in to it
 */
public record CaseNotice(String noticeId, NoticeRecipient recipient, String template, List<String> arguments,
		Optional<String> link) implements Notice {

	public CaseNotice {
		arguments = List.copyOf(arguments);
	}

	/** Whom a case's notices go to: its applicant, by number or e-mail; nobody for an applicant without either. */
	static Optional<NoticeRecipient> recipientOf(Party applicant, Optional<String> contactEmail) {
		if (applicant instanceof Party.Person) {
			return Optional.of(NoticeRecipient.person(((Party.Person) applicant).number()));
		}
		if (applicant instanceof Party.Visitor) {
			return Optional.of(NoticeRecipient.email(((Party.Visitor) applicant).email()));
		}
		return contactEmail.map(NoticeRecipient::email);
	}

	/** The notice an event of a case gives its applicant, if it gives one. */
	static Optional<CaseNotice> of(Object event) {
		if (event instanceof CaseSubmitted) {
			CaseSubmitted submitted = (CaseSubmitted) event;
			return notice(submitted.eventId(), "submitted", submitted.applicant(), submitted.contactEmail(), submitted.number());
		}
		if (event instanceof CaseStatusChanged) {
			CaseStatusChanged changed = (CaseStatusChanged) event;
			return notice(changed.eventId(), "status." + changed.to().code(), changed.applicant(), changed.contactEmail(),
					changed.number());
		}
		if (event instanceof CaseMessagePosted && !((CaseMessagePosted) event).fromApplicant()) {
			CaseMessagePosted posted = (CaseMessagePosted) event;
			return notice(posted.eventId(), "message", posted.applicant(), posted.contactEmail(), posted.number());
		}
		return Optional.empty();
	}

	private static Optional<CaseNotice> notice(UUID eventId, String what, Party applicant, Optional<String> contactEmail,
			CaseNumber number) {
		boolean signsIn = applicant instanceof Party.Person || applicant instanceof Party.Visitor;
		return recipientOf(applicant, contactEmail).map(recipient -> new CaseNotice("case-" + what + ":" + eventId, recipient,
				"cases.notice." + what, List.of(number.value()),
				signsIn ? Optional.of("/my-pages/cases/" + number.value()) : Optional.empty()));
	}
}
