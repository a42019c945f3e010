package org.cityhall.contact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.contact.Contact;
import org.cityhall.contact.ContactLog;
import org.cityhall.contact.ContactQueue;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.mail.internet.MimeMessage;

/**
 * An agent answers an e-mail from the desk: the reply goes to the sender through notifications (to GreenMail),
 * from the line the e-mail came to, in the language of the resident who holds the address when the city knows
 * it, and stays on the contact; mistakes come back at their fields with what was typed kept.
 */
@CityHallWebTest
class EmailReplyTest {

	private static final RequestPostProcessor AGENT = SignedInAs.staff("contact-centre-agent", ScopedRole.cityWide(StaffRoles.CONTACT_CENTRE_AGENT));
	private static final RequestPostProcessor OFFICER = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ContactLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatcher dispatcher;

	@Test
	void theReplyReachesTheSenderInTheLanguageTheResidentChoseAndStaysOnTheContact() throws Exception {
		// The sender is a resident who verified the address and reads the city's messages in English.
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String sender = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident, "EMAIL", sender);
		TestRecipients.prefers(jdbc, resident.value(), true, true, "en");
		String subject = "Parkeringstillstånd " + UUID.randomUUID();
		String messageId = "<" + UUID.randomUUID() + "@example.org>";
		Contact email = received(ContactQueue.GENERAL, messageId, sender, subject);
		String page = "/staff/contact/emails/" + email.id();

		mvc.perform(get(page).with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(post(page + "/answer").with(OFFICER).with(csrf()).param("topic", "parking").param("outcome", "solved").param("minutes", "3")
				.param("reply", "Hej")).andExpect(status().isForbidden());
		mvc.perform(get(page).param("lang", "en").with(AGENT)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(subject), containsString("Mitt tillstånd syns inte i appen."))));

		String reply = "Hej! Tillståndet gäller från i dag; appen visar det inom en timme. Hälsningar, kontaktcenter";
		mvc.perform(post(page + "/answer").param("lang", "en").with(AGENT).with(csrf()).param("topic", "parking").param("outcome", "solved")
				.param("minutes", "3").param("reply", "x".repeat(2001))).andExpect(status().isOk())
				.andExpect(content().string(containsString("The reply must be 2,000 characters or fewer")));
		mvc.perform(post(page + "/answer").param("lang", "en").with(AGENT).with(csrf()).param("topic", "parking").param("outcome", "handed-over")
				.param("department", "traffic").param("minutes", "3").param("reply", reply)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Write what the department should know"), containsString("appen visar det inom en timme"))));
		assertThat(TestMailServer.messagesTo(sender)).isEmpty();

		Instant before = Instant.now().minusSeconds(1);
		mvc.perform(post(page + "/answer").with(AGENT).with(csrf()).param("topic", "parking").param("outcome", "solved").param("minutes", "3")
				.param("reply", reply)).andExpect(status().is3xxRedirection());

		MimeMessage sent = awaitMail(sender);
		assertThat(sent.getSubject()).isEqualTo("Reply from the city's Contact Centre: " + subject);
		assertThat(sent.getContent().toString()).contains(reply, "This is a reply to your e-mail");
		// The resident's mail program shows the reply in the conversation the e-mail began.
		assertThat(sent.getHeader("In-Reply-To")).containsExactly(messageId);
		assertThat(sent.getHeader("References")).containsExactly(messageId);
		Contact answered = log.find(email.id()).orElseThrow();
		assertThat(answered.reply()).contains(reply);
		assertThat(answered.repliedAt()).hasValueSatisfying(at -> assertThat(at).isAfter(before));
		assertThat(answered.outcome()).isEqualTo("solved");
		mvc.perform(get(page).param("lang", "en").with(AGENT)).andExpect(content().string(allOf(containsString("Reply sent on"),
				containsString(reply))));
		mvc.perform(post(page + "/answer").param("lang", "en").with(AGENT).with(csrf()).param("topic", "parking").param("outcome", "solved")
				.param("minutes", "1").param("reply", "Igen")).andExpect(content().string(containsString("The e-mail has already been answered")));
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT record_type FROM archive_record WHERE matter = :matter").param("matter", "contact-" + email.id()).query(String.class).list())
				.containsExactly("contact.email-replied"));
	}

	@Test
	void aReplyFromAldreDirektToAnUnknownAddressIsInSwedishAndAHandOverGoesWithIt() throws Exception {
		String sender = TestRecipients.newEmail();
		String subject = "Hemtjänst " + UUID.randomUUID();
		// An e-mail that came without a Message-ID is known by a digest of its own, which is no one's to answer.
		Contact email = received(ContactQueue.ALDRE_DIREKT, "sha256:" + UUID.randomUUID(), sender, subject);
		mvc.perform(post("/staff/contact/emails/" + email.id() + "/answer").with(AGENT).with(csrf()).param("topic", "elderly-care")
				.param("outcome", "handed-over").param("department", "elderly-care").param("note", "Vill ha fler besök").param("minutes", "4")
				.param("reply", "Vi har lämnat din fråga till äldreförvaltningen, som hör av sig.")).andExpect(status().is3xxRedirection());

		MimeMessage sent = awaitMail(sender);
		assertThat(sent.getSubject()).isEqualTo("Svar från Äldre Direkt: " + subject);
		assertThat(sent.getContent().toString()).contains("Vi har lämnat din fråga till äldreförvaltningen");
		assertThat(sent.getHeader("In-Reply-To")).isNull();
		mvc.perform(get("/staff/contact/emails/" + email.id()).param("lang", "en").with(AGENT))
				.andExpect(content().string(allOf(containsString("Waiting for the department"), containsString("KC-"))));
	}

	private Contact received(ContactQueue queue, String messageId, String sender, String subject) {
		assertThat(log.emailReceived(queue, messageId, sender, subject, "Mitt tillstånd syns inte i appen.", Instant.now().minusSeconds(600))).isTrue();
		return log.find(jdbc.sql("SELECT id FROM contact_contact WHERE message_id = :id").param("id", messageId).query(UUID.class).single())
				.orElseThrow();
	}

	private MimeMessage awaitMail(String address) {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			dispatcher.deliverDue();
			List<MimeMessage> found = TestMailServer.messagesTo(address);
			return found.isEmpty() ? null : found.get(0);
		}, message -> message != null);
	}
}
