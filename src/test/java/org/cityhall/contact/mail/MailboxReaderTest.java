package org.cityhall.contact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Properties;
import java.util.UUID;

import org.cityhall.contact.Contact;
import org.cityhall.contact.ContactLog;
import org.cityhall.contact.ContactQueue;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * E-mail to the centre's mailbox, read over IMAP from GreenMail, becomes contacts: once each, in Äldre
 * Direkt's queue when sent to its address, with the plain text of a multipart message.
 */
@CityHallWebTest
class MailboxReaderTest {

	private static final String CENTRE = "kontaktcenter@stad.example";
	private static final String ALDRE_DIREKT = "aldredirekt@stad.example";

	@Autowired
	ContactLog log;

	GreenMail mail;

	@BeforeEach
	void start() {
		mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
		mail.start();
		mail.setUser(CENTRE, CENTRE, "secret");
	}

	@AfterEach
	void stop() {
		mail.stop();
	}

	@Test
	void unreadMessagesBecomeContactsOnceEachInTheirQueue() throws Exception {
		String question = "Hemtjänst " + UUID.randomUUID();
		String other = "Parkering " + UUID.randomUUID();
		send("anders.holm@example.org", ALDRE_DIREKT, question, null, "Min mamma behöver mer hjälp. Vem ringer jag?");
		send("karin.ek@example.org", CENTRE, other, "<p>Mitt <b>tillstånd</b> syns inte.</p>", "Mitt tillstånd syns inte.");
		MailboxReader reader = new MailboxReader(new MailboxReader.Mailbox("127.0.0.1", mail.getImap().getPort(), false, CENTRE, "secret", "INBOX",
				ALDRE_DIREKT), log, Clock.systemUTC());

		assertThat(reader.read()).isEqualTo(2);
		Contact elderly = log.unanswered(ContactQueue.ALDRE_DIREKT).stream().filter(c -> c.subject().orElse("").equals(question)).findFirst()
				.orElseThrow();
		assertThat(elderly.channel()).isEqualTo("email");
		assertThat(elderly.sender()).contains("anders.holm@example.org");
		assertThat(elderly.note()).contains("Min mamma behöver mer hjälp. Vem ringer jag?");
		Contact parking = log.unanswered(ContactQueue.GENERAL).stream().filter(c -> c.subject().orElse("").equals(other)).findFirst().orElseThrow();
		assertThat(parking.note()).contains("Mitt tillstånd syns inte.");

		assertThat(reader.read()).isZero();
		// A message read again by another node (not yet marked read there) is still one contact.
		for (jakarta.mail.internet.MimeMessage received : mail.getReceivedMessages()) {
			received.setFlag(jakarta.mail.Flags.Flag.SEEN, false);
		}
		assertThat(reader.read()).isZero();
		assertThat(log.unanswered(ContactQueue.GENERAL).stream().filter(c -> c.subject().orElse("").equals(other)).count()).isEqualTo(1);

		log.answerEmail(parking.id(), "contact-centre-agent", new ContactLog.EmailAnswer("parking", "handed-over", java.util.Optional.of("traffic"),
				java.util.Optional.of("Tillståndet syns inte i appen"), java.util.Optional.empty(), 4));
		assertThat(log.find(parking.id()).orElseThrow().waitSeconds()).isPresent();
		assertThat(log.unanswered(ContactQueue.GENERAL)).noneMatch(c -> c.id().equals(parking.id()));
	}

	private void send(String from, String to, String subject, String html, String text) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(CENTRE));
		if (!to.equals(CENTRE)) {
			message.addRecipient(Message.RecipientType.CC, new InternetAddress(to));
		}
		message.setSubject(subject, "UTF-8");
		if (html == null) {
			message.setText(text, "UTF-8");
		}
		else {
			MimeBodyPart plain = new MimeBodyPart();
			plain.setText(text, "UTF-8");
			MimeBodyPart rich = new MimeBodyPart();
			rich.setContent(html, "text/html; charset=UTF-8");
			message.setContent(new MimeMultipart("alternative", plain, rich));
		}
		Transport.send(message);
	}
}
