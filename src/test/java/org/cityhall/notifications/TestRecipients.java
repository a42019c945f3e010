package org.cityhall.notifications;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People of the tests' own, so no test sees another's contact details, inbox or mail. */
public final class TestRecipients {

	private TestRecipients() {
	}

	/** A personal identity number no other test uses. */
	public static PersonalIdentityNumber newResident() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
		return PersonalIdentityNumber.of(born, random.nextInt(1000), false);
	}

	public static String newEmail() {
		return "notices-" + UUID.randomUUID() + "@example.org";
	}

	/** A Swedish mobile number, 070 and seven random digits, in international form. */
	public static String newMobile() {
		return String.format(Locale.ROOT, "+4670%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	/** Gives the resident a verified address or number on the channel ('EMAIL', 'SMS'), as if they had typed its code. */
	public static void verified(JdbcClient jdbc, PersonalIdentityNumber resident, String channel, String address) {
		jdbc.sql("""
				INSERT INTO notifications_contact (owner, channel, address, verified_at) VALUES (:owner, :channel, :address, now())
				ON CONFLICT (owner, channel) DO UPDATE SET address = EXCLUDED.address, verified_at = EXCLUDED.verified_at""")
				.param("owner", resident.value())
				.param("channel", channel)
				.param("address", address)
				.update();
	}

	/** Sets the owner's preferences: e-mail and text messages on or off, and the language ('sv', 'en'). */
	public static void prefers(JdbcClient jdbc, String owner, boolean email, boolean sms, String language) {
		jdbc.sql("""
				INSERT INTO notifications_preferences (owner, email_enabled, sms_enabled, language, updated_at)
				VALUES (:owner, :email, :sms, :language, now())
				ON CONFLICT (owner) DO UPDATE SET email_enabled = EXCLUDED.email_enabled, sms_enabled = EXCLUDED.sms_enabled,
				language = EXCLUDED.language""")
				.param("owner", owner)
				.param("email", email)
				.param("sms", sms)
				.param("language", language)
				.update();
	}
}
