package org.cityhall.notifications;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * Whom a {@link Notice} is for: a resident by their personal identity number, reached at the e-mail
 * address and mobile number they verified, or anyone by an e-mail address they gave – a visitor
 * signed in with it, an applicant without a login. Either way the notice also lands in the inbox of
 * whoever signs in as that person or with that address.
 *
 * @param kind a person or an e-mail address
 * @param id the 12-digit personal identity number, or the e-mail address in lower case
 */
public record NoticeRecipient(Kind kind, String id) {

	private static final int MAX_EMAIL_LENGTH = 254;

	public NoticeRecipient {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		if (kind == Kind.PERSON) {
			id = PersonalIdentityNumber.parse(id).value();
		}
		else {
			id = id.strip().toLowerCase(Locale.ROOT);
			int at = id.indexOf('@');
			if (id.length() > MAX_EMAIL_LENGTH || at <= 0 || at != id.lastIndexOf('@') || at == id.length() - 1
					|| id.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
				throw new IllegalArgumentException("a notice can only be sent to an e-mail address, not to " + id.length()
						+ " characters of something else");
			}
		}
	}

	/** A resident, reached as their preferences say. */
	public static NoticeRecipient person(PersonalIdentityNumber number) {
		Objects.requireNonNull(number, "number");
		return new NoticeRecipient(Kind.PERSON, number.value());
	}

	/** Whoever holds the e-mail address: a visitor, or an applicant without a login who gave it. */
	public static NoticeRecipient email(String address) {
		return new NoticeRecipient(Kind.EMAIL, address);
	}

	/** The person's number; empty for an e-mail recipient. */
	public Optional<PersonalIdentityNumber> personalIdentityNumber() {
		return kind == Kind.PERSON ? Optional.of(PersonalIdentityNumber.parse(id)) : Optional.empty();
	}

	/** The recipient without their full identity number, for logs. */
	@Override
	public String toString() {
		return kind == Kind.PERSON ? "person " + PersonalIdentityNumber.parse(id).masked() : "e-mail recipient";
	}

	/** How a recipient is known. */
	public enum Kind {
		/** A resident with a Swedish personal identity or coordination number. */
		PERSON,
		/** Whoever holds an e-mail address. */
		EMAIL
	}
}
