package org.cityhall.audit.web;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityNumbersTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@ParameterizedTest
	@CsvSource({
			"198504121234, 198504121234",
			"19850412-1234, 198504121234",
			"' 19850412 - 1234 ', 198504121234",
			"850412-1234, 198504121234",
			"8504121234, 198504121234",
			"010101-1234, 200101011234",
			"010101+1234, 190101011234",
			"261224-1234, 192612241234",
			"261126-1234, 202611261234",
			"850472-1234, 198504721234",
			"556000-1234, 5560001234",
			"5560001234, 5560001234"})
	void typedNumbersAreKeptAsTheLogKeepsThem(String typed, String stored) {
		assertThat(IdentityNumbers.normalised(typed, TODAY)).contains(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = {"12345", "1985041212345", "19850412-123", "abc", "19850412_1234", "0123456789012", ""})
	void numbersThatAreNotTenOrTwelveDigitsAreRefused(String typed) {
		assertThat(IdentityNumbers.normalised(typed, TODAY)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({
			"198504121234, 19850412-****",
			"5560001234, 556000-****",
			"staff:officer, ****",
			"1234, ****"})
	void onlyTheDateOfBirthIsShown(String id, String shown) {
		assertThat(IdentityNumbers.masked(id)).isEqualTo(shown);
	}

	@ParameterizedTest
	@CsvSource({
			"198504121234, 19850412-****",
			"staff:officer-environment, staff:officer-environment"})
	void aStaffIdIsShownAsItIs(String id, String shown) {
		assertThat(IdentityNumbers.maskedIfNumber(id)).isEqualTo(shown);
	}
}
