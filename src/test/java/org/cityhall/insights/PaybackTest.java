package org.cityhall.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cityhall.catalogue.BenefitEstimate;
import org.junit.jupiter.api.Test;

/** The benefit realised and the payback date, from digital cases per month, worked out by hand. */
class PaybackTest {

	// 1,200 cases a year, 90 % online, 30 minutes saved each at 600 kr an hour: 300 kr a digital case.
	// Running costs 12,000 kr a year (1,000 a month); building it cost 300,000 kr.
	static final BenefitEstimate ESTIMATE = new BenefitEstimate(1_200, new BigDecimal("0.9"), 30, 300_000, 12_000, 600, Optional.empty());

	static final YearMonth NOW = YearMonth.of(2026, 11);

	@Test
	void anEServiceUsedAsEstimatedPaysBackInItsTwelfthMonth() {
		// 90 digital cases a month: 27,000 − 1,000 = 26,000 kr a month; 286,000 after eleven months, 312,000 after twelve.
		Payback payback = Payback.of(ESTIMATE, months(NOW.minusMonths(11), 12, 90), NOW);

		assertThat(payback.months()).hasSize(12);
		assertThat(payback.months().get(0).benefit()).isEqualTo(26_000);
		assertThat(payback.months().get(10).cumulative()).isEqualTo(286_000);
		assertThat(payback.realised()).isEqualTo(312_000);
		assertThat(payback.paidBackIn()).contains(NOW);
		assertThat(payback.projectedPayback()).isEmpty();
		assertThat(payback.yearlyPace()).isEqualTo(312_000);
		// The estimate: 540 hours × 600 − 12,000 = 312,000 a year, so 300,000 / 312,000 = 1.0 year from the first month.
		assertThat(payback.estimatedYearly()).isEqualTo(312_000);
		assertThat(payback.estimatedPayback()).contains(NOW.plusMonths(1));
	}

	@Test
	void halfTheUseProjectsThePaybackFromTheLastTwelveMonthsPace() {
		// 45 digital cases a month: 13,500 − 1,000 = 12,500 kr a month, 150,000 a year; 150,000 still to go: twelve months more.
		Payback payback = Payback.of(ESTIMATE, months(NOW.minusMonths(11), 12, 45), NOW);

		assertThat(payback.realised()).isEqualTo(150_000);
		assertThat(payback.paidBackIn()).isEmpty();
		assertThat(payback.yearlyPace()).isEqualTo(150_000);
		assertThat(payback.projectedPayback()).contains(NOW.plusMonths(12));
		assertThat(payback.payback()).contains(NOW.plusMonths(12));
	}

	@Test
	void monthsWithoutCasesCostTheirRunningCostAndCountInThePace() {
		SortedMap<YearMonth, Long> sparse = new TreeMap<>();
		sparse.put(NOW.minusMonths(3), 10L);
		Payback payback = Payback.of(ESTIMATE, sparse, NOW);

		// 10 × 300 − 1,000 in the first month, then three months of only running costs.
		assertThat(payback.months()).extracting(Payback.Month::benefit).containsExactly(2_000L, -1_000L, -1_000L, -1_000L);
		assertThat(payback.realised()).isEqualTo(-1_000);
		// Four months at −1,000 net: a negative pace never pays back.
		assertThat(payback.projectedPayback()).isEmpty();
		assertThat(payback.payback()).isEmpty();
	}

	@Test
	void noCasesNoFiguresButTheEstimate() {
		Payback payback = Payback.of(ESTIMATE, new TreeMap<>(), NOW);

		assertThat(payback.months()).isEmpty();
		assertThat(payback.estimatedYearly()).isEqualTo(312_000);
		assertThat(payback.payback()).isEmpty();
	}

	static SortedMap<YearMonth, Long> months(YearMonth first, int count, long digital) {
		SortedMap<YearMonth, Long> months = new TreeMap<>();
		for (int i = 0; i < count; i++) {
			months.put(first.plusMonths(i), digital);
		}
		return months;
	}
}
