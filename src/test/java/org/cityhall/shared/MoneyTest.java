package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
	private static final Currency EUR = Currency.getInstance("EUR");

	@Test
	void anAmountAlwaysHasTwoDecimalsSoEqualAmountsAreEqual() {
		assertThat(Money.sek("1500")).isEqualTo(Money.sek("1500.00")).isEqualTo(Money.sek(new BigDecimal("1500.0")))
				.hasSameHashCodeAs(Money.sek("1500.00"));
		assertThat(Money.sek("1500").amount()).hasToString("1500.00");
		assertThat(Money.sek("1500").currency()).isEqualTo(Currency.getInstance("SEK"));
	}

	@Test
	void anAmountWithMoreThanTwoDecimalsIsRefusedRatherThanRounded() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.sek(new BigDecimal("10.005")))
				.withMessage("an amount of money has at most two decimals, not 10.005");
		assertThat(Money.sek(new BigDecimal("10.500"))).isEqualTo(Money.sek("10.50"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"", " ", "1 500", "1500,00", "15.005", "1e3", "kr 10", "10 kr", "--1", "0x10", ".5"})
	void textThatIsNotAPlainAmountIsRefusedWithTheTextNamed(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.sek(typed))
				.withMessageContaining("'" + typed + "'");
	}

	@Test
	void plainAmountsWithASignOrSurroundingSpaceAreRead() {
		assertThat(Money.sek(" 99.5 ")).isEqualTo(Money.sek("99.50"));
		assertThat(Money.sek("-12")).isEqualTo(Money.sek("-12.00"));
		assertThat(Money.sek("+7.25")).isEqualTo(Money.sek("7.25"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"1500     | 1\u00a0500,00\u00a0kr        | SEK\u00a01,500.00",
			"0        | 0,00\u00a0kr                 | SEK\u00a00.00",
			"0.5      | 0,50\u00a0kr                 | SEK\u00a00.50",
			"999.99   | 999,99\u00a0kr               | SEK\u00a0999.99",
			"1234567.8| 1\u00a0234\u00a0567,80\u00a0kr | SEK\u00a01,234,567.80",
			"-250     | -250,00\u00a0kr              | -SEK\u00a0250.00"})
	void amountsAreWrittenAsSwedishAndEnglishPagesWriteThem(String amount, String swedish, String english) {
		Money money = Money.sek(amount);

		assertThat(money.format(SWEDISH)).isEqualTo(swedish);
		assertThat(money.format(Locale.ENGLISH)).isEqualTo(english);
		assertThat(money.format(Locale.UK)).isEqualTo(english);
	}

	@Test
	void anyLanguageButEnglishGetsTheSwedishForm() {
		assertThat(Money.sek("1500").format(Locale.GERMAN)).isEqualTo("1\u00a0500,00\u00a0kr");
		assertThat(Money.sek("1500").format(null)).isEqualTo("1\u00a0500,00\u00a0kr");
	}

	@Test
	void otherCurrenciesAreWrittenWithTheirCode() {
		Money euros = new Money(new BigDecimal("12.5"), EUR);

		assertThat(euros.format(SWEDISH)).isEqualTo("12,50\u00a0EUR");
		assertThat(euros.format(Locale.ENGLISH)).isEqualTo("EUR\u00a012.50");
		assertThat(euros).hasToString("12.50 EUR");
	}

	@Test
	void amountsAddUpInTheSameCurrencyOnly() {
		assertThat(Money.sek("1500").plus(Money.sek("0.75"))).isEqualTo(Money.sek("1500.75"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.sek("1").plus(Money.ofMinorUnits(100, EUR)))
				.withMessage("cannot add 1.00 EUR to 1.00 SEK: the currencies differ");
	}

	@Test
	void multiplyingByAFactorRoundsHalvesAwayFromZeroToTheOre() {
		assertThat(Money.sek("99.99").times(new BigDecimal("0.25"))).isEqualTo(Money.sek("25.00"));
		assertThat(Money.sek("0.10").times(new BigDecimal("0.25"))).isEqualTo(Money.sek("0.03"));
		assertThat(Money.sek("-0.10").times(new BigDecimal("0.25"))).isEqualTo(Money.sek("-0.03"));
		assertThat(Money.sek("0.10").times(new BigDecimal("0.24"))).isEqualTo(Money.sek("0.02"));
		assertThat(Money.sek("250").times(3)).isEqualTo(Money.sek("750"));
	}

	@Test
	void minorUnitsAreHundredthsOfTheCurrency() {
		assertThat(Money.sek("1500.50").minorUnits()).isEqualTo(150_050L);
		assertThat(Money.ofMinorUnits(150_050L, Money.SEK)).isEqualTo(Money.sek("1500.50"));
		assertThat(Money.ofMinorUnits(-1, Money.SEK)).isEqualTo(Money.sek("-0.01"));
	}

	@Test
	void signIsToldApart() {
		assertThat(Money.sek("0.01").isPositive()).isTrue();
		assertThat(Money.sek("0").isPositive()).isFalse();
		assertThat(Money.sek("0").isZero()).isTrue();
		assertThat(Money.sek("-0.01").isPositive()).isFalse();
	}
}
