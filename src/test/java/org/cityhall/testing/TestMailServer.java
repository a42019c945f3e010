package org.cityhall.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.SpringApplication;

/**
 * A real SMTP server for the tests (GreenMail), one per test run on a free port of the loopback
 * interface, started when first asked for and stopped after the last Spring context has closed.
 * It accepts mail to any address; tests read what an address received with {@link #messagesTo}.
 * Mail is delivered before the server answers the sender, so a message sent in a request is
 * there when the request has returned.
 */
public final class TestMailServer {

	private static GreenMail server;

	private TestMailServer() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			started.start();
			SpringApplication.getShutdownHandlers().add(started::stop);
			server = started;
		}
		return server;
	}

	/** Spring Boot properties that send the application's mail to this server. */
	public static Map<String, Object> properties() {
		GreenMail mail = server();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.mail.host", mail.getSmtp().getBindTo());
		properties.put("spring.mail.port", mail.getSmtp().getPort());
		return properties;
	}

	/** The messages received for the address (in any case), oldest first. */
	public static List<MimeMessage> messagesTo(String address) {
		String wanted = address.toLowerCase(Locale.ROOT);
		return Arrays.stream(server().getReceivedMessages())
				.filter(message -> recipients(message).contains(wanted))
				.toList();
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			Address[] to = message.getRecipients(Message.RecipientType.TO);
			return to == null ? List.of() : Arrays.stream(to)
					.map(recipient -> recipient instanceof InternetAddress internet ? internet.getAddress() : recipient.toString())
					.map(recipient -> recipient.toLowerCase(Locale.ROOT))
					.toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("A received message has unreadable recipients", ex);
		}
	}
}
