package org.cityhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.PersonalIdentityNumber;
import org.junit.jupiter.api.Test;

class NoticeRecipientTest {

	@Test
	void aPersonIsKnownByTheirTwelveDigitNumberAndNeverLoggedInFull() {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse("198804129826");
		NoticeRecipient recipient = NoticeRecipient.person(number);

		assertThat(recipient.kind()).isEqualTo(NoticeRecipient.Kind.PERSON);
		assertThat(recipient.id()).isEqualTo("198804129826");
		assertThat(recipient.personalIdentityNumber()).contains(number);
		assertThat(recipient.toString()).doesNotContain("9826").contains(number.masked());
		assertThatThrownBy(() -> new NoticeRecipient(NoticeRecipient.Kind.PERSON, "198804129827"))
				.isInstanceOf(InvalidIdentityNumberException.class);
	}

	@Test
	void anEmailRecipientIsKnownByTheAddressInLowerCase() {
		NoticeRecipient recipient = NoticeRecipient.email("  Sara.Lindqvist@Example.ORG ");

		assertThat(recipient.id()).isEqualTo("sara.lindqvist@example.org");
		assertThat(recipient.personalIdentityNumber()).isEmpty();
		assertThat(recipient).isEqualTo(NoticeRecipient.email("sara.lindqvist@example.org"));
		for (String notAnAddress : new String[] {"", "sara", "@example.org", "sara@", "sa ra@example.org", "a@b@c.se", "x".repeat(250) + "@e.se"}) {
			assertThatThrownBy(() -> NoticeRecipient.email(notAnAddress)).as(notAnAddress).isInstanceOf(IllegalArgumentException.class);
		}
	}
}
