package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.cityhall.shared.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeTest {

	private static final LocalizedText FOR = new LocalizedText("Avgift", "Fee");

	@ParameterizedTest(name = "{0} kr at {1} holds {2} kr VAT")
	@CsvSource({"1250, 0.25, 250.00", "700, 0, 0.00", "106, 0.06, 6.00", "99.99, 0.12, 10.71"})
	void theVatIsThePartOfTheAmountThatTheRateGives(String amount, String rate, String vat) {
		Fee fee = new Fee(new BigDecimal(amount), new BigDecimal(rate), FOR);
		assertThat(fee.vat()).isEqualByComparingTo(vat);
		assertThat(fee.amountExcludingVat().add(fee.vat())).isEqualByComparingTo(amount);
		assertThat(fee.amount().scale()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0} kr at {1}")
	@CsvSource({"0, 0", "-5, 0", "10.001, 0", "100, 0.2", "100, 25", "100, -0.25"})
	void aFeeOfNothingWithThirdsOfOreOrAnotherRateIsRefused(String amount, String rate) {
		assertThatThrownBy(() -> new Fee(new BigDecimal(amount), new BigDecimal(rate), FOR))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
