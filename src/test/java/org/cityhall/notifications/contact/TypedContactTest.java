package org.cityhall.notifications.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mobile numbers and e-mail addresses as people type them. */
class TypedContactTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"070-123 45 67      | +46701234567",
			"0701234567         | +46701234567",
			"+46 70 123 45 67   | +46701234567",
			"+46 (0)70-123 45 67| +46701234567",
			"+460701234567      | +46701234567",
			"0046 73 987 65 43  | +46739876543",
			"076.555.12.12      | +46765551212",
			"079-000 00 01      | +46790000001"})
	void swedishMobileNumbersAreReadInEveryUsualWay(String typed, String international) {
		assertThat(MobileNumber.parse(typed).value()).isEqualTo(international);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"''                 | empty",
			"08-123 45 67       | not-mobile",
			"031-12 34 56       | not-mobile",
			"+44 7700 900123    | not-swedish",
			"0044 7700 900123   | not-swedish",
			"070-123 45 6       | malformed",
			"070-123 45 678     | malformed",
			"074-123 45 67      | malformed",
			"sju noll           | malformed",
			"070١٢٣٤٥٦٧          | malformed",
			"0701234567000000000000000000000 | malformed"})
	void otherNumbersAreRefusedSayingWhy(String typed, String problem) {
		assertThatThrownBy(() -> MobileNumber.parse(typed)).isInstanceOfSatisfying(InvalidContact.class,
				invalid -> assertThat(invalid.problem()).isEqualTo(problem));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({"+46701234567, 070-123 45 67", "+46739876543, 073-987 65 43"})
	void mobileNumbersAreShownAsSwedesWriteThem(String international, String shown) {
		assertThat(MobileNumber.shown(international)).isEqualTo(shown);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			" Namn.Efternamn@Exempel.SE | namn.efternamn@exempel.se",
			"a+b@sub.example.org        | a+b@sub.example.org"})
	void emailAddressesAreKeptInLowerCase(String typed, String address) {
		assertThat(EmailAddress.parse(typed).value()).isEqualTo(address);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"''                 | empty",
			"namn               | malformed",
			"namn@exempel       | malformed",
			"namn@@exempel.se   | malformed",
			"namn@127.0.0.1     | malformed",
			"nämn@exempel.se    | malformed",
			"<a>@exempel.se     | malformed"})
	void otherAddressesAreRefusedSayingWhy(String typed, String problem) {
		assertThatThrownBy(() -> EmailAddress.parse(typed)).isInstanceOfSatisfying(InvalidContact.class,
				invalid -> assertThat(invalid.problem()).isEqualTo(problem));
	}
}
