package org.cityhall.notifications.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cityhall.web.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * A notice's words in a language: its subject and body from the publishing module's messages
 * {@code <template>.subject} and {@code <template>.body}, and its link as a full address on
 * CityHall ({@code cityhall.base-url}) for messages read outside it.
 */
@Component
public class NoticeTexts {

	private final MessageSource messages;
	private final String baseUrl;

	NoticeTexts(MessageSource messages, @Value("${cityhall.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Whether the template's subject and body exist, in Swedish at least. */
	public boolean knows(String template) {
		try {
			messages.getMessage(template + ".subject", null, Languages.SWEDISH);
			messages.getMessage(template + ".body", null, Languages.SWEDISH);
			return true;
		}
		catch (NoSuchMessageException missing) {
			return false;
		}
	}

	public String subject(String template, List<String> arguments, Locale language) {
		return text(template + ".subject", arguments, language);
	}

	public String body(String template, List<String> arguments, Locale language) {
		return text(template + ".body", arguments, language);
	}

	/** The link as a full address, {@code https://e.stad.example/my-pages/cases/…}. */
	public Optional<String> absolute(Optional<String> link) {
		return link.map(path -> baseUrl + path);
	}

	/** The address of a page on CityHall. */
	public String absolute(String path) {
		return baseUrl + path;
	}

	/** A text in the language, or, when a module took its messages away, the inbox's word for a notice. */
	public String text(String key, List<String> arguments, Locale language) {
		Locale locale = Languages.supported(language);
		return messages.getMessage(key, arguments.toArray(), messages.getMessage("notifications.notice.missing", null, locale), locale);
	}
}
