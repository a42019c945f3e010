package org.cityhall.identity.consents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentScope;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Consents in the words of the page's language. */
@Component
class ConsentWords {

	private final MessageSource messages;

	ConsentWords(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One consent as a row of a table.
	 * @param id where its revoke form posts
	 * @param name the other party's name, or their masked number when no name is known
	 * @param number the other party's masked number, shown beside a name
	 * @param tag the GOV.UK tag modifier of the status
	 */
	record Row(String id, String name, String number, String scope, String lastDay, String isoLastDay, String status,
			String tag, boolean active) {
	}

	/** The consent as a row, naming the other party: the grantee for the grantor, the grantor for the grantee. */
	Row row(Consent consent, boolean given, Instant now, Locale locale) {
		PersonalIdentityNumber other = given ? consent.grantee() : consent.grantor();
		String name = given ? consent.granteeName() : consent.grantorName();
		Consent.Status status = consent.statusAt(now);
		return new Row(consent.id().toString(), name.isBlank() ? other.masked() : name, name.isBlank() ? null : other.masked(),
				given ? scope(consent.scope(), locale) : scopeReceived(consent.scope(), locale), day(consent.lastDay(), locale), consent.lastDay().toString(),
				text("consents.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'), locale), tag(status),
				status == Consent.Status.ACTIVE);
	}

	/** Who someone is, in a banner: their name, or their masked number. */
	static String who(String name, PersonalIdentityNumber number) {
		return name == null || name.isBlank() ? number.masked() : name;
	}

	/** The scope as the grantor is told it: {@code Read my care diary}. */
	String scope(ConsentScope scope, Locale locale) {
		return text(scope.messageKey(), locale);
	}

	/** The scope as the grantee is told it: {@code Read the care diary}. */
	String scopeReceived(ConsentScope scope, Locale locale) {
		return text(scope.messageKey() + ".received", locale);
	}

	/** What the scope lets the grantee do, as the grantor is told in a sentence: {@code read your care diary}. */
	String scopeForYou(ConsentScope scope, Locale locale) {
		return text(scope.messageKey() + ".for-you", locale);
	}

	String day(LocalDate day, Locale locale) {
		Locale language = Languages.supported(locale);
		return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(day);
	}

	String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, Languages.supported(locale));
	}

	private static String tag(Consent.Status status) {
		return switch (status) {
			case ACTIVE -> "govuk-tag--green";
			case REVOKED -> "govuk-tag--red";
			case NOT_YET_VALID -> "govuk-tag--yellow";
			case EXPIRED -> "govuk-tag--grey";
		};
	}
}
