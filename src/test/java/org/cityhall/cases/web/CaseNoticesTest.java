package org.cityhall.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.cityhall.cases.CaseNotice;
import org.cityhall.identity.StaffRoles;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.notifications.delivery.Dispatcher;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The applicant hears of their case: receipt, supplement asked, decision; once each, whatever is redelivered. */
@CityHallWebTest
class CaseNoticesTest {

	private static final RequestPostProcessor OFFICER = SignedInAs.staff("officer-environment-health",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "environment-health"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	void theApplicantIsToldOfTheReceiptAndTheDecisionByEmailAndInTheInbox() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident, "EMAIL", email);
		RequestPostProcessor applicant = SignedInAs.resident(resident, "Sökande Testsson");
		HeatPumpApplication application = new HeatPumpApplication(mvc, applicant);
		String number = application.submit(application.fillIn());

		awaitMail(email, "Vi har tagit emot din ansökan " + number);
		mvc.perform(post("/staff/cases/" + number + "/decide").with(OFFICER).with(csrf()).param("outcome", "granted")
				.param("reasons", "Uppfyller kraven."));
		MimeMessage decided = awaitMail(email, "Beslut i ditt ärende " + number);

		assertThat(decided.getContent().toString()).contains("/my-pages/cases/" + number);
		assertThat(inboxCount(resident, "case-status.decided:%")).isEqualTo(1);
		mvc.perform(get("/my-pages/inbox").with(applicant)).andExpect(status().isOk());
	}

	@Test
	void aCrashBetweenTheDecisionAndItsNoticeStillDeliversItAndARedeliveryIsNotShownTwice() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident, "EMAIL", email);
		HeatPumpApplication application = new HeatPumpApplication(mvc, SignedInAs.resident(resident, "Sökande Testsson"));
		String number = application.submit(application.fillIn());
		mvc.perform(post("/staff/cases/" + number + "/decide").with(OFFICER).with(csrf()).param("outcome", "refused")
				.param("reasons", "Borrhålet ligger för nära grannens."));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> inboxCount(resident, "case-status.decided:%") == 1);

		// The crash: the notice's publication never completed and nothing of it reached notifications.
		String noticeId = jdbc.sql("SELECT notice_id FROM notifications_inbox WHERE recipient = ? AND notice_id LIKE 'case-status.decided:%'")
				.param(resident.value()).query(String.class).single();
		jdbc.sql("DELETE FROM notifications_delivery_log WHERE outbox_id IN (SELECT id FROM notifications_outbox WHERE notice_id = ?)")
				.param(noticeId).update();
		jdbc.sql("DELETE FROM notifications_outbox WHERE notice_id = ?").param(noticeId).update();
		jdbc.sql("DELETE FROM notifications_inbox WHERE notice_id = ?").param(noticeId).update();
		jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' WHERE serialized_event LIKE ?")
				.param("%" + noticeId + "%").update();

		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof CaseNotice notice
				&& notice.noticeId().equals(noticeId));
		awaitMail(email, "Beslut i ditt ärende " + number);
		assertThat(inboxCount(resident, noticeId)).isEqualTo(1);

		// A redelivery of the same event: still one inbox entry and one e-mail.
		jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' WHERE serialized_event LIKE ?")
				.param("%" + noticeId + "%").update();
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof CaseNotice notice
				&& notice.noticeId().equals(noticeId));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
				.param("%" + noticeId + "%").query(Integer.class).single() == 0);
		dispatcher.deliverDue();
		assertThat(inboxCount(resident, noticeId)).isEqualTo(1);
		assertThat(mailsWith(email, "Beslut i ditt ärende " + number)).hasSize(1);
	}

	private int inboxCount(PersonalIdentityNumber resident, String noticeIdPattern) {
		return jdbc.sql("SELECT count(*) FROM notifications_inbox WHERE recipient = ? AND notice_id LIKE ?")
				.params(resident.value(), noticeIdPattern).query(Integer.class).single();
	}

	private MimeMessage awaitMail(String email, String subject) {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			dispatcher.deliverDue();
			List<MimeMessage> found = mailsWith(email, subject);
			return found.isEmpty() ? null : found.get(0);
		}, message -> message != null);
	}

	private static List<MimeMessage> mailsWith(String email, String subject) {
		return TestMailServer.messagesTo(email).stream().filter(message -> {
			try {
				return subject.equals(message.getSubject());
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}
}
