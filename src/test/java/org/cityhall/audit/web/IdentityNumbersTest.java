package org.cityhall.audit.web;

import java.time.LocalDate;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityNumbersTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static final PersonalIdentityNumber PERSON = PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 123, false);
	private static final PersonalIdentityNumber CENTENARIAN = PersonalIdentityNumber.of(LocalDate.of(1912, 12, 12), 121, false);
	private static final PersonalIdentityNumber COORDINATION = PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 456, true);
	private static final OrganisationNumber COMPANY = OrganisationNumber.of("556000123");

	@Test
	void typedNumbersAreKeptAsTheLogKeepsThem() {
		String twelve = PERSON.value();
		String ten = twelve.substring(2);
		assertThat(IdentityNumbers.normalised(twelve, TODAY)).contains(twelve);
		assertThat(IdentityNumbers.normalised(PERSON.formatted(), TODAY)).contains(twelve);
		assertThat(IdentityNumbers.normalised(" " + PERSON.formatted() + " ", TODAY)).contains(twelve);
		assertThat(IdentityNumbers.normalised(ten.substring(0, 6) + "-" + ten.substring(6), TODAY)).contains(twelve);
		assertThat(IdentityNumbers.normalised(ten, TODAY)).contains(twelve);
		String old = CENTENARIAN.value().substring(2);
		assertThat(IdentityNumbers.normalised(old.substring(0, 6) + "+" + old.substring(6), TODAY)).contains(CENTENARIAN.value());
		assertThat(IdentityNumbers.normalised(COORDINATION.formatted(), TODAY)).contains(COORDINATION.value());
		assertThat(IdentityNumbers.normalised(COMPANY.formatted(), TODAY)).contains(COMPANY.value());
		assertThat(IdentityNumbers.normalised(COMPANY.value(), TODAY)).contains(COMPANY.value());
	}

	@Test
	void aNumberWithTheWrongCheckDigitIsRefused() {
		String wrong = PERSON.value().substring(0, 11) + ((PERSON.value().charAt(11) - '0' + 1) % 10);
		assertThat(IdentityNumbers.normalised(wrong, TODAY)).isEmpty();
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
