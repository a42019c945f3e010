package org.cityhall.notifications;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A test-only event that is a notice, as a module's event would be: its id derived from the event's
 * own id, its texts in the test bundle {@code i18n/notices-test_*.properties}. A test can make the
 * first attempt to take it fail, as if the node crashed between the business commit and the
 * notification.
 */
public record TestNotice(UUID eventId, PersonalIdentityNumber person, String email, String caseNumber) implements Notice {

	private static final Set<UUID> failingOnce = ConcurrentHashMap.newKeySet();

	public static TestNotice to(PersonalIdentityNumber person, String caseNumber) {
		return new TestNotice(UUID.randomUUID(), person, null, caseNumber);
	}

	public static TestNotice toEmail(String email, String caseNumber) {
		return new TestNotice(UUID.randomUUID(), null, email, caseNumber);
	}

	/** The first attempt to take this notice fails; later ones succeed. */
	public TestNotice failingOnce() {
		failingOnce.add(eventId);
		return this;
	}

	@Override
	public String noticeId() {
		return "test-decided:" + eventId;
	}

	@Override
	public NoticeRecipient recipient() {
		if (failingOnce.remove(eventId)) {
			throw new IllegalStateException("the node went down while taking notice " + noticeId());
		}
		return person != null ? NoticeRecipient.person(person) : NoticeRecipient.email(email);
	}

	@Override
	public String template() {
		return "test.notice";
	}

	@Override
	public List<String> arguments() {
		return List.of(caseNumber);
	}

	@Override
	public Optional<String> link() {
		return Optional.of("/my-pages/cases/" + caseNumber);
	}
}
