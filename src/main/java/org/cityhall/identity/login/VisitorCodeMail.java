package org.cityhall.identity.login;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mail that carries a visitor's code: plain text in the visitor's language, from
 * {@code cityhall.identity.visitor-code-from}, through the mail server configured with
 * {@code spring.mail.*}. Without a mail server visitors cannot sign in.
 */
@Component
class VisitorCodeMail {

	private final ObjectProvider<JavaMailSender> senders;
	private final MessageSource messages;
	private final Environment environment;
	private final String from;

	VisitorCodeMail(ObjectProvider<JavaMailSender> senders, MessageSource messages, Environment environment,
			@Value("${cityhall.identity.visitor-code-from:no-reply@stad.example}") String from) {
		this.senders = senders;
		this.messages = messages;
		this.environment = environment;
		this.from = from;
	}

	/** Whether a mail server is configured. */
	boolean available() {
		return senders.getIfAvailable() != null;
	}

	/**
	 * Sends the code and returns once the mail server has accepted the message.
	 *
	 * @throws MailException if there is no mail server or it did not accept the message
	 */
	void send(VisitorEmailAddress to, String code, Duration validity, Locale locale) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			throw new MailPreparationException("no mail server is configured (spring.mail.host)");
		}
		String city = environment.getProperty("cityhall.city.name." + locale.getLanguage(),
				environment.getProperty("cityhall.city.name.sv", ""));
		long minutes = Math.max(1, validity.plusSeconds(59).toMinutes());
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			mail.setFrom(from);
			mail.setTo(to.value());
			mail.setSubject(messages.getMessage("visitor.mail.subject", new Object[] {city}, locale));
			mail.setText(messages.getMessage("visitor.mail.body", new Object[] {city, code, minutes}, locale), false);
			message.setHeader("Content-Language", locale.getLanguage());
			// RFC 3834: no out-of-office or other automatic replies to this message.
			message.setHeader("Auto-Submitted", "auto-generated");
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("could not prepare the code's e-mail", ex);
		}
		sender.send(message);
	}
}
