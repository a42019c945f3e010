package org.cityhall.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityhall.catalogue.BenefitEstimate;

/**
 * The benefit an e-service realised, month by month, against the estimate in its definition: each digital
 * case saves the estimate's minutes at its hourly staff cost, and every month costs a twelfth of the
 * yearly running cost. The e-service has paid back when the sum reaches its development cost; until then
 * the date is projected from the last twelve months' pace.
 *
 * @param months the months from the first case up to the current one, each with its realised benefit
 * @param realised the benefit realised so far, in SEK
 * @param yearlyPace the net benefit of the last twelve months (scaled up to a year when there are fewer), in SEK
 * @param estimatedYearly the estimate's yearly saving, in SEK
 * @param estimatedPayback the month the estimate says the development cost is paid back, counted from the first case
 * @param paidBackIn the month the realised benefit reached the development cost, if it has
 * @param projectedPayback the month it reaches it at the last twelve months' pace, if it has not and ever will
 */
public record Payback(List<Month> months, long realised, long yearlyPace, long estimatedYearly,
		Optional<YearMonth> estimatedPayback, Optional<YearMonth> paidBackIn, Optional<YearMonth> projectedPayback) {

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	public Payback {
		months = List.copyOf(months);
	}

	/** A month's digital cases, its net benefit and the sum so far, in SEK. */
	public record Month(YearMonth month, long digitalCases, long benefit, long cumulative) {
	}

	/** The payback date: when it was reached, or else when it will be at today's pace. */
	public Optional<YearMonth> payback() {
		return paidBackIn.isPresent() ? paidBackIn : projectedPayback;
	}

	/**
	 * Computes the figures from the digital cases of each month.
	 *
	 * @param estimate the estimate in the e-service's definition
	 * @param digitalCases digital cases per month; months without any may be left out
	 * @param current the month it is now: the last one counted
	 */
	public static Payback of(BenefitEstimate estimate, java.util.SortedMap<YearMonth, Long> digitalCases, YearMonth current) {
		Optional<YearMonth> estimated = Optional.empty();
		if (digitalCases.isEmpty()) {
			return new Payback(List.of(), 0, 0, estimate.yearlySaving(), estimated, Optional.empty(), Optional.empty());
		}
		YearMonth first = digitalCases.firstKey();
		estimated = estimate.paybackYears().map(years -> first.plusMonths(
				years.multiply(TWELVE).setScale(0, RoundingMode.CEILING).longValueExact()));
		BigDecimal perCase = BigDecimal.valueOf(estimate.minutesSavedPerDigitalCase())
				.multiply(BigDecimal.valueOf(estimate.hourlyStaffCost())).divide(SIXTY, 6, RoundingMode.HALF_UP);
		BigDecimal runningPerMonth = BigDecimal.valueOf(estimate.runningCostPerYear()).divide(TWELVE, 6, RoundingMode.HALF_UP);
		List<Month> months = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		Optional<YearMonth> paidBack = Optional.empty();
		for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
			long digital = digitalCases.getOrDefault(month, 0L);
			BigDecimal benefit = perCase.multiply(BigDecimal.valueOf(digital)).subtract(runningPerMonth);
			cumulative = cumulative.add(benefit);
			if (paidBack.isEmpty() && cumulative.compareTo(BigDecimal.valueOf(estimate.developmentCost())) >= 0) {
				paidBack = Optional.of(month);
			}
			months.add(new Month(month, digital, sek(benefit), sek(cumulative)));
		}
		List<Month> recent = months.subList(Math.max(0, months.size() - 12), months.size());
		BigDecimal recentBenefit = recent.stream().map(m -> perCase.multiply(BigDecimal.valueOf(m.digitalCases())).subtract(runningPerMonth))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal pace = recentBenefit.multiply(TWELVE).divide(BigDecimal.valueOf(recent.size()), 6, RoundingMode.HALF_UP);
		Optional<YearMonth> projected = Optional.empty();
		if (paidBack.isEmpty() && pace.signum() > 0) {
			BigDecimal remaining = BigDecimal.valueOf(estimate.developmentCost()).subtract(cumulative);
			long monthsMore = remaining.multiply(TWELVE).divide(pace, 0, RoundingMode.CEILING).longValueExact();
			projected = Optional.of(current.plusMonths(monthsMore));
		}
		return new Payback(months, sek(cumulative), sek(pace), estimate.yearlySaving(), estimated, paidBack, projected);
	}

	private static long sek(BigDecimal amount) {
		return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}
}
