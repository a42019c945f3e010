package org.cityhall.notifications.contact;

import java.util.Locale;
import java.util.Objects;

import org.cityhall.web.Languages;

/**
 * How someone wants to be told things. Their inbox on My pages always gets every notice; e-mail and
 * text messages go out only to a verified address or number, and only while switched on here.
 *
 * @param email whether notices are sent by e-mail
 * @param sms whether notices are sent by text message
 * @param language the language of e-mail and text messages: Swedish or English
 */
public record Preferences(boolean email, boolean sms, Locale language) {

	/** What someone who never chose gets: e-mail and text messages on, in Swedish. */
	public static final Preferences DEFAULT = new Preferences(true, true, Languages.SWEDISH);

	public Preferences {
		language = Languages.supported(Objects.requireNonNull(language, "language"));
	}

	public boolean enabled(Channel channel) {
		return channel == Channel.EMAIL ? email : sms;
	}
}
