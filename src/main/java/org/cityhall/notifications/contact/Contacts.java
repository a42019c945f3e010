package org.cityhall.notifications.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each person's own e-mail address and mobile number and their preferences. The owner is the
 * person's 12-digit personal identity number, or a visitor's e-mail address in lower case.
 */
@Component
public class Contacts {

	private final JdbcClient jdbc;
	private final Clock clock;

	Contacts(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The verified address or number of the channel, if the owner has one. */
	public Optional<String> verified(String owner, Channel channel) {
		return jdbc.sql("SELECT address FROM notifications_contact WHERE owner = :owner AND channel = :channel AND address IS NOT NULL")
				.param("owner", owner)
				.param("channel", channel.name())
				.query(String.class)
				.optional();
	}

	/** The owner's e-mail address and mobile number, verified or waiting for their code. */
	public Map<Channel, Contact> of(String owner) {
		Map<Channel, Contact> contacts = new EnumMap<>(Channel.class);
		jdbc.sql("""
				SELECT channel, address, verified_at, pending_address
				FROM notifications_contact WHERE owner = :owner""")
				.param("owner", owner)
				.query((row, n) -> new Contact(Channel.valueOf(row.getString("channel")),
						Optional.ofNullable(row.getString("address")),
						Optional.ofNullable(row.getObject("verified_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
						Optional.ofNullable(row.getString("pending_address"))))
				.list()
				.forEach(contact -> contacts.put(contact.channel(), contact));
		return contacts;
	}

	/** Every mobile number the owner has given, verified or not. */
	public Set<String> mobileNumbersOf(String owner) {
		Set<String> numbers = new LinkedHashSet<>();
		Contact mobile = of(owner).get(Channel.SMS);
		if (mobile != null) {
			mobile.address().ifPresent(numbers::add);
			mobile.pending().ifPresent(numbers::add);
		}
		return numbers;
	}

	/** Forgets the channel's address and any address waiting for its code. */
	public void remove(String owner, Channel channel) {
		// The row stays, with its count of codes sent, so removing and adding again sends no more codes.
		jdbc.sql("""
				UPDATE notifications_contact SET address = NULL, verified_at = NULL, pending_address = NULL,
				code_nonce = NULL, code_hash = NULL, code_sent_at = NULL, code_expires_at = NULL, code_attempts = 0
				WHERE owner = :owner AND channel = :channel""")
				.param("owner", owner)
				.param("channel", channel.name())
				.update();
	}

	public Preferences preferencesOf(String owner) {
		return jdbc.sql("SELECT email_enabled, sms_enabled, language FROM notifications_preferences WHERE owner = :owner")
				.param("owner", owner)
				.query((row, n) -> new Preferences(row.getBoolean("email_enabled"), row.getBoolean("sms_enabled"),
						Locale.forLanguageTag(row.getString("language"))))
				.optional()
				.orElse(Preferences.DEFAULT);
	}

	public void save(String owner, Preferences preferences) {
		jdbc.sql("""
				INSERT INTO notifications_preferences (owner, email_enabled, sms_enabled, language, updated_at)
				VALUES (:owner, :email, :sms, :language, :now)
				ON CONFLICT (owner) DO UPDATE SET email_enabled = EXCLUDED.email_enabled, sms_enabled = EXCLUDED.sms_enabled,
				language = EXCLUDED.language, updated_at = EXCLUDED.updated_at""")
				.param("owner", owner)
				.param("email", preferences.email())
				.param("sms", preferences.sms())
				.param("language", preferences.language().getLanguage())
				.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.update();
	}

	/**
	 * One of the owner's channels.
	 *
	 * @param address the verified address or number
	 * @param verifiedAt when it was verified
	 * @param pending a new address or number waiting for its code
	 */
	public record Contact(Channel channel, Optional<String> address, Optional<Instant> verifiedAt, Optional<String> pending) {
	}
}
