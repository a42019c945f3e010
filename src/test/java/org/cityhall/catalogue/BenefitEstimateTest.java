package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BenefitEstimateTest {

	@Test
	void savingIsStaffTimeSavedLessTheRunningCost() {
		// 2,000 cases × 0.75 × 30 min = 750 h; × 500 kr = 375,000 kr; − 75,000 kr = 300,000 kr
		BenefitEstimate estimate = estimate(2_000, "0.75", 30, 900_000, 75_000, 500);
		assertThat(estimate.hoursSavedPerYear()).isEqualByComparingTo("750");
		assertThat(estimate.yearlySaving()).isEqualTo(300_000);
		assertThat(estimate.paybackYears()).contains(new BigDecimal("3.0"));
		assertThat(estimate.paysBackWithin(4)).isTrue();
		assertThat(estimate.paysBackWithin(2)).isFalse();
	}

	@Test
	void paybackExactlyAtTheRequirementMeetsIt() {
		assertThat(estimate(2_000, "0.75", 30, 1_200_000, 75_000, 500).paysBackWithin(4)).isTrue();
	}

	@Test
	void paybackJustOverTheRequirementMissesItEvenWhenItRoundsDown() {
		BenefitEstimate estimate = estimate(2_000, "0.75", 30, 1_201_000, 75_000, 500);
		assertThat(estimate.paybackYears()).contains(new BigDecimal("4.0"));
		assertThat(estimate.paysBackWithin(4)).isFalse();
	}

	@Test
	void anEServiceWhoseRunningCostEatsTheSavingNeverPaysBack() {
		BenefitEstimate estimate = estimate(100, "0.5", 10, 500_000, 100_000, 450);
		assertThat(estimate.yearlySaving()).isNegative();
		assertThat(estimate.paybackYears()).isEmpty();
		assertThat(estimate.paysBackWithin(4)).isFalse();
	}

	@Test
	void aShareAboveOneIsRefused() {
		assertThatThrownBy(() -> estimate(100, "1.2", 10, 0, 0, 450)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("at most 1");
	}

	private static BenefitEstimate estimate(long cases, String share, long minutes, long development, long running, long hourly) {
		return new BenefitEstimate(cases, new BigDecimal(share), minutes, development, running, hourly, Optional.empty());
	}
}
