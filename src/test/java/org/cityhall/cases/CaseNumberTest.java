package org.cityhall.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

	@Test
	void isPrefixYearAndSixDigits() {
		assertThat(CaseNumber.of("HPL", 2026, 123).value()).isEqualTo("HPL-2026-000123");
		assertThat(CaseNumber.of("BP", 2027, 1_234_567).value()).isEqualTo("BP-2027-1234567");
	}

	@Test
	void typedNumbersForgiveCaseAndSpaces() {
		assertThat(CaseNumber.parse(" hpl-2026-000123 ")).contains(new CaseNumber("HPL-2026-000123"));
		assertThat(CaseNumber.parse("HPL-26-123")).isEmpty();
		assertThat(CaseNumber.parse("<script>")).isEmpty();
		assertThat(CaseNumber.parse(null)).isEmpty();
		assertThat(CaseNumber.parse("HPL-2026-" + "1".repeat(40))).isEmpty();
	}

	@Test
	void refusesWhatIsNotACaseNumber() {
		assertThatThrownBy(() -> new CaseNumber("HPL2026000123")).isInstanceOf(IllegalArgumentException.class);
	}
}
