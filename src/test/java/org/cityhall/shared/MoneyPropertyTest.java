package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MoneyPropertyTest {

	@Property
	void addingAmountsAddsTheirOre(@ForAll("kronor") Money a, @ForAll("kronor") Money b, @ForAll("kronor") Money c) {
		assertThat(a.plus(b)).isEqualTo(b.plus(a));
		assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
		assertThat(a.plus(b).minorUnits()).isEqualTo(a.minorUnits() + b.minorUnits());
	}

	@Property
	void aWholeNumberOfTimesIsThatManyAdditions(@ForAll("kronor") Money amount, @ForAll @IntRange(min = 0, max = 20) int times) {
		Money sum = Money.sek("0");
		for (int i = 0; i < times; i++) {
			sum = sum.plus(amount);
		}
		assertThat(amount.times(times)).isEqualTo(sum).isEqualTo(amount.times(BigDecimal.valueOf(times)));
	}

	@Property
	void aShareIsNeverMoreThanHalfAnOreFromTheExactProduct(@ForAll("kronor") Money amount, @ForAll("rates") BigDecimal rate) {
		BigDecimal exact = amount.amount().multiply(rate);

		assertThat(amount.times(rate).amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
	}

	@Property
	void theWrittenAmountReadsBackInBothLanguages(@ForAll("kronor") Money amount) {
		String swedish = amount.format(Locale.forLanguageTag("sv")).replace("\u00a0kr", "").replace("\u00a0", "").replace(',', '.');
		String english = amount.format(Locale.ENGLISH).replace("SEK\u00a0", "").replace(",", "");

		assertThat(Money.sek(swedish)).isEqualTo(amount);
		assertThat(Money.sek(english)).isEqualTo(amount);
	}

	@Property
	void minorUnitsRoundTrip(@ForAll("kronor") Money amount) {
		assertThat(Money.ofMinorUnits(amount.minorUnits(), Money.SEK)).isEqualTo(amount);
	}

	@Provide
	Arbitrary<Money> kronor() {
		return Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L).map(ore -> Money.ofMinorUnits(ore, Money.SEK));
	}

	@Provide
	Arbitrary<BigDecimal> rates() {
		return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
	}
}
