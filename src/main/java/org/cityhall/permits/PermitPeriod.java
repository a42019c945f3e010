package org.cityhall.permits;

import java.time.LocalDate;
import java.util.Locale;

/** How long a payment lets the holder park: a month, a quarter or a year from its first day. */
public enum PermitPeriod {

	MONTH(1), QUARTER(3), YEAR(12);

	private final int months;

	PermitPeriod(int months) {
		this.months = months;
	}

	/** The last day of a period that starts on the given day: a quarter from 1 December ends on 28 February. */
	public LocalDate lastDayFrom(LocalDate firstDay) {
		return firstDay.plusMonths(months).minusDays(1);
	}

	/** The period a form's answer names ({@code quarter}), if any. */
	public static java.util.Optional<PermitPeriod> ofAnswer(String answer) {
		if (answer == null) {
			return java.util.Optional.empty();
		}
		for (PermitPeriod period : values()) {
			if (period.name().equals(answer.strip().toUpperCase(Locale.ROOT))) {
				return java.util.Optional.of(period);
			}
		}
		return java.util.Optional.empty();
	}
}
