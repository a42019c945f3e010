package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LuhnTest {

	@Test
	void checkDigitOfTheTaxAgencysExampleNumberIsSix() {
		assertThat(Luhn.checkDigit("811218987")).isEqualTo(6);
		assertThat(Luhn.isValid("8112189876")).isTrue();
	}

	@Test
	void checkDigitOfAnOrganisationNumberIsComputedTheSameWay() {
		assertThat(Luhn.checkDigit("556016068")).isEqualTo(0);
		assertThat(Luhn.checkDigit("202100548")).isEqualTo(9);
	}

	@Test
	void aWrongLastDigitIsNotValid() {
		assertThat(Luhn.isValid("8112189875")).isFalse();
	}

	@Test
	void textThatIsNotDigitsIsNeverValid() {
		assertThat(Luhn.isValid(null)).isFalse();
		assertThat(Luhn.isValid("")).isFalse();
		assertThat(Luhn.isValid("0")).isFalse();
		assertThat(Luhn.isValid("811218-9876")).isFalse();
		assertThat(Luhn.isValid("٨١١٢١٨٩٨٧٦")).isFalse();
	}

	@Test
	void checkDigitRefusesAnythingButDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit(""));
		assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit("81121a987"));
		assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit("８１１２１８９８７"));
	}
}
