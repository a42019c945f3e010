package org.cityhall.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityhall.identity.login.VisitorEmailAddress.Problem;
import org.cityhall.shared.MalformedInputCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisitorEmailAddressTest {

	@ParameterizedTest
	@CsvSource(textBlock = """
			name@example.com,                name@example.com
			'  Name.Surname@Example.COM  ',  name.surname@example.com
			user+tag@mail.example.org,       user+tag@mail.example.org
			o'neill@example.ie,              o'neill@example.ie
			a@b.co,                          a@b.co
			x@xn--exmple-cua.se,             x@xn--exmple-cua.se
			""")
	void anAddressIsKeptInLowerCaseWithoutSurroundingSpace(String typed, String kept) {
		assertThat(VisitorEmailAddress.parse(typed).value()).isEqualTo(kept);
	}

	@ParameterizedTest
	@ValueSource(strings = {"", " ", "\t\n"})
	void nothingTypedIsEmpty(String typed) {
		assertThatThrownBy(() -> VisitorEmailAddress.parse(typed)).isInstanceOfSatisfying(VisitorEmailAddress.Invalid.class,
				invalid -> assertThat(invalid.problem()).isEqualTo(Problem.EMPTY));
	}

	@Test
	void nullIsEmpty() {
		assertThatThrownBy(() -> VisitorEmailAddress.parse(null)).isInstanceOfSatisfying(VisitorEmailAddress.Invalid.class,
				invalid -> assertThat(invalid.problem()).isEqualTo(Problem.EMPTY));
	}

	@Test
	void anAddressOf254CharactersIsTheLongestAccepted() {
		String host = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".se";
		String longest = "a".repeat(254 - host.length() - 1) + "@" + host;
		assertThat(longest).hasSize(254);
		assertThat(VisitorEmailAddress.parse(longest).value()).isEqualTo(longest);
		assertThatThrownBy(() -> VisitorEmailAddress.parse("a" + longest)).isInstanceOfSatisfying(VisitorEmailAddress.Invalid.class,
				invalid -> assertThat(invalid.problem()).isEqualTo(Problem.TOO_LONG));
	}

	@ParameterizedTest
	@ValueSource(strings = {"anna", "anna@", "@example.se", "anna@example", "anna@@example.se", "an na@example.se",
			"anna@exa_mple.se", "anna@example.123", "anna@[127.0.0.1]", "\"anna\"@example.se", "anna@example.se.",
			"förnamn@example.se", "anna@exämple.se", "anna@example.se\r\nBcc: x@example.se"})
	void aMalformedAddressIsRefused(String typed) {
		assertThatThrownBy(() -> VisitorEmailAddress.parse(typed)).isInstanceOfSatisfying(VisitorEmailAddress.Invalid.class,
				invalid -> assertThat(invalid.problem()).isEqualTo(Problem.MALFORMED));
	}

	@Test
	void everyAddressOfTheMalformedCorpusIsRefused() {
		assertThat(MalformedInputCorpus.emailAddresses()).hasSizeGreaterThanOrEqualTo(200).allSatisfy(typed ->
				assertThatThrownBy(() -> VisitorEmailAddress.parse(typed)).isInstanceOf(VisitorEmailAddress.Invalid.class));
	}

	@Test
	void theExceptionNeverHoldsWhatWasTyped() {
		assertThatThrownBy(() -> VisitorEmailAddress.parse("secret-name@example"))
				.hasMessageNotContaining("secret-name");
	}
}
