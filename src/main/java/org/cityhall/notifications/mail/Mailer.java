package org.cityhall.notifications.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail from {@code cityhall.notifications.from} through the mail server configured with
 * {@code spring.mail.*}. A message may carry a Message-ID derived from a key, so that the same
 * notice sent twice – after a crash or a retry – is recognisably the same message.
 */
@Component
public class Mailer {

	private final ObjectProvider<JavaMailSender> senders;
	private final String from;

	Mailer(ObjectProvider<JavaMailSender> senders, @Value("${cityhall.notifications.from:no-reply@stad.example}") String from) {
		this.senders = senders;
		this.from = from;
	}

	/** Whether a mail server is configured. */
	public boolean available() {
		return senders.getIfAvailable() != null;
	}

	/**
	 * Sends the message and returns once the mail server has accepted it.
	 *
	 * @param messageKey what makes the Message-ID, or empty for one of the mail library's own
	 * @throws MailException if there is no mail server or it did not accept the message
	 */
	public void send(String to, String subject, String text, Locale language, Optional<String> messageKey) {
		send(to, subject, text, language, messageKey, Optional.empty());
	}

	/**
	 * Sends the message as an answer to another, and returns once the mail server has accepted it.
	 *
	 * @param messageKey what makes the Message-ID, or empty for one of the mail library's own
	 * @param inReplyTo the Message-ID of the e-mail answered ({@code <id@domain>}), for {@code In-Reply-To} and
	 *        {@code References}
	 * @throws MailException if there is no mail server or it did not accept the message
	 */
	public void send(String to, String subject, String text, Locale language, Optional<String> messageKey,
			Optional<String> inReplyTo) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			throw new MailPreparationException("no mail server is configured (spring.mail.host)");
		}
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			mail.setFrom(from);
			mail.setTo(to);
			mail.setSubject(subject);
			mail.setText(text, false);
			message.setHeader("Content-Language", language.getLanguage());
			// RFC 3834: no out-of-office or other automatic replies to this message.
			message.setHeader("Auto-Submitted", "auto-generated");
			if (messageKey.isPresent()) {
				// Spring's sender keeps a Message-ID that was set before it saves the message.
				message.setHeader("Message-ID", messageId(messageKey.get()));
			}
			if (inReplyTo.isPresent()) {
				// RFC 5322 3.6.4: the reply names the message it answers, which starts the conversation's references.
				message.setHeader("In-Reply-To", inReplyTo.get());
				message.setHeader("References", inReplyTo.get());
			}
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("could not prepare the e-mail", ex);
		}
		sender.send(message);
	}

	/**
	 * The Message-ID for a key: the same key always gives the same id, {@code <n.<hash>@<domain>>},
	 * with the domain of the sender's address and the key hashed, since a key may hold characters a
	 * Message-ID may not.
	 */
	public String messageId(String key) {
		String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
		return "<n." + HexFormat.of().formatHex(sha256(key), 0, 20) + "@" + (domain.isEmpty() ? "cityhall.invalid" : domain) + ">";
	}

	private static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}
}
