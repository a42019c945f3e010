package org.cityhall.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.cityhall.notifications.TestNotice;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.notifications.mail.Mailer;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Notices go from an event published in a business transaction, through the event publication
 * registry and the outbox, to the recipient's inbox and their e-mail in a real SMTP server – once,
 * whatever is redelivered, and even when the first attempt to take the notice fails.
 */
@CityHallWebTest
class NoticeDeliveryTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Mailer mailer;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	MockMvc mvc;

	@Test
	void aNoticePublishedInATransactionArrivesByEmailInThePersonsLanguageAndOnceInTheInbox() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident, "EMAIL", email);
		TestRecipients.prefers(jdbc, resident.value(), true, true, "en");
		TestNotice notice = TestNotice.to(resident, "HPL-2026-000101");

		publish(notice);

		MimeMessage mail = theOnlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Test decision in case HPL-2026-000101");
		assertThat(mail.getHeader("Content-Language")).containsExactly("en");
		assertThat(mail.getMessageID()).isEqualTo(mailer.messageId(notice.noticeId()));
		String text = (String) mail.getContent();
		assertThat(text).contains("Case HPL-2026-000101 has been decided.",
				"http://localhost:8080/my-pages/cases/HPL-2026-000101", "http://localhost:8080/my-pages/contact-details");
		assertThat(mail.getContentType()).startsWith("text/plain");
		assertThat(inboxEntries(notice)).isEqualTo(1);

		String inbox = mvc.perform(get("/my-pages/inbox").with(SignedInAs.resident(resident, "Test Person")))
				.andReturn().getResponse().getContentAsString();
		assertThat(inbox.split("Testbeslut i ärende HPL-2026-000101", -1)).as("the inbox shows the notice once").hasSize(2);
	}

	@Test
	void aCrashBetweenTheCommitAndTheNotificationStillDeliversTheEmailAndShowsItOnce() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident, "EMAIL", email);
		TestNotice notice = TestNotice.to(resident, "HPL-2026-000102").failingOnce();

		transactions.executeWithoutResult(status -> events.publishEvent(notice));

		await().atMost(PATIENCE).until(() -> publicationStatus(notice).equals("FAILED"));
		assertThat(inboxEntries(notice)).isZero();
		dispatcher.deliverDue();
		assertThat(TestMailServer.messagesTo(email)).isEmpty();

		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof TestNotice resubmitted
				&& resubmitted.eventId().equals(notice.eventId()));

		await().atMost(PATIENCE).until(() -> publicationStatus(notice).equals("COMPLETED"));
		MimeMessage mail = theOnlyMailTo(email);
		assertThat(mail.getSubject()).as("Swedish unless the person chose otherwise").isEqualTo("Testbeslut i ärende HPL-2026-000102");
		assertThat(inboxEntries(notice)).isEqualTo(1);
	}

	@Test
	void aNoticePublishedTwiceIsOneInboxEntryAndOneEmail() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident, "EMAIL", email);
		TestNotice notice = TestNotice.to(resident, "HPL-2026-000103");
		// The same event once more, as a module that publishes it again would: the same id, its texts changed.
		TestNotice again = new TestNotice(notice.eventId(), resident, null, "HPL-2026-000199");

		transactions.executeWithoutResult(status -> events.publishEvent(notice));
		// Listeners run on several threads: the second publication comes once the first is handled, so the
		// texts kept are known to be the first's.
		await().atMost(PATIENCE).until(() -> completedPublications(notice) == 1);
		transactions.executeWithoutResult(status -> events.publishEvent(again));

		await().atMost(PATIENCE).until(() -> completedPublications(notice) == 2);
		assertThat(theOnlyMailTo(email).getSubject()).isEqualTo("Testbeslut i ärende HPL-2026-000103");
		dispatcher.deliverDue();
		assertThat(TestMailServer.messagesTo(email)).hasSize(1);
		assertThat(inboxEntries(notice)).isEqualTo(1);
		assertThat(outboxRows(notice)).isEqualTo(1);
	}

	@Test
	void aNoticeRedeliveredAfterItsCompletionWasLostIsNotSentOrShownAgain() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident, "EMAIL", email);
		TestNotice notice = TestNotice.to(resident, "HPL-2026-000107");
		publish(notice);
		theOnlyMailTo(email);
		await().atMost(PATIENCE).until(() -> publicationStatus(notice).equals("COMPLETED"));

		// The node went down after the notice was taken but before the registry heard of it.
		jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' WHERE serialized_event LIKE :id")
				.param("id", "%" + notice.eventId() + "%")
				.update();
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof TestNotice resubmitted
				&& resubmitted.eventId().equals(notice.eventId()));

		await().atMost(PATIENCE).until(() -> publicationStatus(notice).equals("COMPLETED"));
		dispatcher.deliverDue();
		assertThat(TestMailServer.messagesTo(email)).hasSize(1);
		assertThat(inboxEntries(notice)).isEqualTo(1);
		assertThat(outboxRows(notice)).isEqualTo(1);
	}

	@Test
	void aNoticeToAnEmailAddressReachesItAndTheInboxOfTheVisitorSignedInWithIt() throws Exception {
		String email = TestRecipients.newEmail();
		TestNotice notice = TestNotice.toEmail(email.toUpperCase(java.util.Locale.ROOT), "HPL-2026-000104");

		publish(notice);

		assertThat(theOnlyMailTo(email).getSubject()).isEqualTo("Testbeslut i ärende HPL-2026-000104");
		String inbox = mvc.perform(get("/my-pages/inbox").with(SignedInAs.visitor(email)))
				.andReturn().getResponse().getContentAsString();
		assertThat(inbox).contains("Testbeslut i ärende HPL-2026-000104");
	}

	@Test
	void aPersonWhoTurnedEmailOffGetsTheNoticeOnlyInTheInbox() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident, "EMAIL", email);
		TestRecipients.prefers(jdbc, resident.value(), false, true, "sv");
		TestNotice notice = TestNotice.to(resident, "HPL-2026-000105");

		publish(notice);

		assertThat(inboxEntries(notice)).isEqualTo(1);
		dispatcher.deliverDue();
		assertThat(TestMailServer.messagesTo(email)).isEmpty();
		assertThat(outboxRows(notice)).isZero();
	}

	@Test
	void aPersonWithoutAVerifiedAddressGetsTheNoticeOnlyInTheInbox() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		TestNotice notice = TestNotice.to(resident, "HPL-2026-000106");

		publish(notice);

		assertThat(inboxEntries(notice)).isEqualTo(1);
		assertThat(outboxRows(notice)).isZero();
	}

	/** Publishes the notice in a transaction and waits until it is in the inbox. */
	private void publish(TestNotice notice) {
		transactions.executeWithoutResult(status -> events.publishEvent(notice));
		await().atMost(PATIENCE).until(() -> inboxEntries(notice) > 0);
	}

	/** Sends what is due until the address has received a message, and returns the only one it received. */
	private MimeMessage theOnlyMailTo(String email) {
		await().atMost(PATIENCE).until(() -> {
			dispatcher.deliverDue();
			return !TestMailServer.messagesTo(email).isEmpty();
		});
		List<MimeMessage> mail = TestMailServer.messagesTo(email);
		assertThat(mail).hasSize(1);
		return mail.get(0);
	}

	private int inboxEntries(TestNotice notice) {
		return jdbc.sql("SELECT count(*) FROM notifications_inbox WHERE notice_id = :id").param("id", notice.noticeId())
				.query(Integer.class).single();
	}

	private int outboxRows(TestNotice notice) {
		return jdbc.sql("SELECT count(*) FROM notifications_outbox WHERE notice_id = :id").param("id", notice.noticeId())
				.query(Integer.class).single();
	}

	private String publicationStatus(TestNotice notice) {
		return jdbc.sql("SELECT coalesce(status, '') FROM event_publication WHERE serialized_event LIKE :id")
				.param("id", "%" + notice.eventId() + "%")
				.query(String.class)
				.optional()
				.orElse("");
	}

	private int completedPublications(TestNotice notice) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id AND completion_date IS NOT NULL")
				.param("id", "%" + notice.eventId() + "%")
				.query(Integer.class)
				.single();
	}
}
