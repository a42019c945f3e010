package org.cityhall.notifications.contact;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.notifications.mail.Mailer;
import org.cityhall.notifications.sms.SmsGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sends a verification code to the address or number it verifies, at once and in the language of
 * the page the person asked on: they are waiting for it. A code that does not arrive is asked for
 * again, so codes bypass the outbox.
 */
@Component
class CodeMessages {

	private final Mailer mailer;
	private final ObjectProvider<SmsGateway> sms;
	private final MessageSource messages;
	private final Environment environment;

	CodeMessages(Mailer mailer, ObjectProvider<SmsGateway> sms, MessageSource messages, Environment environment) {
		this.mailer = mailer;
		this.sms = sms;
		this.messages = messages;
		this.environment = environment;
	}

	/** Whether codes can be sent on the channel at all: a mail server, an SMS gateway. */
	boolean available(Channel channel) {
		return channel == Channel.EMAIL ? mailer.available() : sms.getIfAvailable() != null;
	}

	/**
	 * @throws RuntimeException if the mail server or the SMS gateway did not take the message
	 */
	void send(Channel channel, String address, String code, Duration validity, Locale locale) {
		String city = environment.getProperty("cityhall.city.name." + locale.getLanguage(),
				environment.getProperty("cityhall.city.name.sv", ""));
		Object[] arguments = {city, code, Math.max(1, validity.plusSeconds(59).toMinutes())};
		if (channel == Channel.EMAIL) {
			mailer.send(address, messages.getMessage("notifications.code.mail.subject", arguments, locale),
					messages.getMessage("notifications.code.mail.body", arguments, locale), locale, Optional.empty());
		}
		else {
			SmsGateway gateway = sms.getIfAvailable();
			if (gateway == null) {
				throw new SmsGateway.SmsNotSent("no SMS gateway is configured");
			}
			gateway.send(new SmsGateway.TextMessage(address, messages.getMessage("notifications.code.sms", arguments, locale),
					"verification:" + UUID.randomUUID()));
		}
	}
}
