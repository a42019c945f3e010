package org.cityhall.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The benefit estimate a department makes when it applies to the programme for funds (nyttokalkyl).
 * The programme funds an e-service only if it pays for itself within a few years, and reduces the
 * department's future budget by the saving it promised.
 *
 * @param yearlyCases how many matters of this kind the city handles a year
 * @param expectedDigitalShare the share expected to be made online, above 0 and at most 1
 * @param minutesSavedPerDigitalCase staff minutes saved by each matter made online
 * @param developmentCost what building the e-service costs, in SEK
 * @param runningCostPerYear what running it costs each year, in SEK
 * @param hourlyStaffCost what an hour of staff time costs, in SEK
 * @param reportedDigitalShare the share the city reports is made online today, where it reports one
 */
public record BenefitEstimate(long yearlyCases, BigDecimal expectedDigitalShare, long minutesSavedPerDigitalCase,
		long developmentCost, long runningCostPerYear, long hourlyStaffCost, Optional<BigDecimal> reportedDigitalShare) {

	public BenefitEstimate {
		if (yearlyCases <= 0) {
			throw new IllegalArgumentException("yearly cases must be above zero, was " + yearlyCases);
		}
		if (expectedDigitalShare.signum() <= 0 || expectedDigitalShare.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("the expected digital share must be above 0 and at most 1, was " + expectedDigitalShare);
		}
		if (minutesSavedPerDigitalCase < 0 || developmentCost < 0 || runningCostPerYear < 0) {
			throw new IllegalArgumentException("minutes saved and costs cannot be negative");
		}
		if (hourlyStaffCost <= 0) {
			throw new IllegalArgumentException("the hourly staff cost must be above zero, was " + hourlyStaffCost);
		}
	}

	/** Digital matters a year once the expected share is reached. */
	public long expectedDigitalCases() {
		return BigDecimal.valueOf(yearlyCases).multiply(expectedDigitalShare).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/** Staff hours saved a year: digital matters times minutes saved. */
	public BigDecimal hoursSavedPerYear() {
		return BigDecimal.valueOf(yearlyCases)
				.multiply(expectedDigitalShare)
				.multiply(BigDecimal.valueOf(minutesSavedPerDigitalCase))
				.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

	/** The net yearly saving in SEK: staff time saved, valued at the hourly cost, less the running cost. */
	public long yearlySaving() {
		return hoursSavedPerYear().multiply(BigDecimal.valueOf(hourlyStaffCost))
				.subtract(BigDecimal.valueOf(runningCostPerYear))
				.setScale(0, RoundingMode.HALF_UP)
				.longValueExact();
	}

	/** Years until the saving has paid for the development, to one decimal; empty if it never does. */
	public Optional<BigDecimal> paybackYears() {
		long saving = yearlySaving();
		if (saving <= 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(developmentCost).divide(BigDecimal.valueOf(saving), 1, RoundingMode.HALF_UP));
	}

	/** Whether the e-service pays for itself within the programme's requirement. */
	public boolean paysBackWithin(int years) {
		long saving = yearlySaving();
		return saving > 0 && BigDecimal.valueOf(developmentCost).compareTo(BigDecimal.valueOf(saving).multiply(BigDecimal.valueOf(years))) <= 0;
	}
}
