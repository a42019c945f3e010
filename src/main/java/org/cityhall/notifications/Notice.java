package org.cityhall.notifications;

import java.util.List;
import java.util.Optional;

/**
 * An event that tells someone something: a case was decided, a message arrived, a place was
 * offered. A module's event implements this interface and is published as usual, inside the
 * business transaction; notifications then puts it in the recipient's inbox and sends it by e-mail
 * and text message as the recipient prefers, at least once and never twice in the inbox.
 * <p>
 * The texts are the publishing module's: {@code <template>.subject} and {@code <template>.body} in its
 * message bundles, in Swedish and English, with {@code {0}}, {@code {1}}, … for the
 * {@linkplain #arguments() arguments}. The subject is also the text message, with the link.
 * <pre>{@code
 * record CaseDecided(UUID eventId, String caseNumber, PersonalIdentityNumber applicant, ...) implements Notice {
 *     public String noticeId() { return "case-decided:" + eventId; }
 *     public NoticeRecipient recipient() { return NoticeRecipient.person(applicant); }
 *     public String template() { return "cases.notice.decided"; }
 *     public List<String> arguments() { return List.of(caseNumber); }
 *     public Optional<String> link() { return Optional.of("/my-pages/cases/" + caseNumber); }
 * }
 * }</pre>
 * Only the record's components are stored with the event, so the methods of this interface must
 * compute their answers from them.
 */
public interface Notice {

	/**
	 * The notice's own id, the same every time the same event is delivered: derived from the event's
	 * id, e.g. {@code "case-decided:" + eventId}, never random. At most 200 characters. It makes a
	 * redelivered event one inbox entry and one e-mail, and gives the e-mail its Message-ID.
	 */
	String noticeId();

	/** Whom the notice is for. */
	NoticeRecipient recipient();

	/**
	 * The prefix of the notice's message keys, e.g. {@code cases.notice.decided} for
	 * {@code cases.notice.decided.subject} and {@code cases.notice.decided.body}: letters, digits,
	 * dots, hyphens and underscores.
	 */
	String template();

	/**
	 * The values for the texts' {@code {0}}, {@code {1}}, …, already as text. They are shown in either
	 * language, so they should read the same in both: case numbers, names, ISO dates, amounts.
	 */
	default List<String> arguments() {
		return List.of();
	}

	/**
	 * Where to read more on CityHall: a path such as {@code /my-pages/cases/HPL-2026-000001}, which
	 * the e-mail turns into a full address. Never an address on another site.
	 */
	default Optional<String> link() {
		return Optional.empty();
	}

	/**
	 * The Message-ID of the e-mail this notice answers, as that e-mail gave it ({@code <id@domain>}), so the
	 * e-mail sent with the notice says {@code In-Reply-To} and {@code References} and the recipient's mail
	 * program shows it in the conversation. One that is not a Message-ID is left out.
	 */
	default Optional<String> inReplyTo() {
		return Optional.empty();
	}
}
