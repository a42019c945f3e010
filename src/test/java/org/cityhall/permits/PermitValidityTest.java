package org.cityhall.permits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.cityhall.permits.PermitValidity.Reason;
import org.junit.jupiter.api.Test;

/** The one rule the warden's check, the offline list and My pages answer from. */
class PermitValidityTest {

	private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
	private static final LocalDate LAST = LocalDate.of(2027, 2, 28);

	private static PermitValidity quarterPaid(long suspendedFrom, long endsOn, List<PermitValidity.Temporary> temporary) {
		return new PermitValidity("RPP-2026-000001", "S", "RPK27B", new long[] {FIRST.toEpochDay(), LAST.toEpochDay()}, new long[0],
				suspendedFrom, endsOn, temporary);
	}

	private static long day(LocalDate date) {
		return date.toEpochDay();
	}

	@Test
	void aPaidPermitIsValidFromTheFirstToTheLastDayOfItsPeriodInItsZoneOnly() {
		PermitValidity permit = quarterPaid(Long.MAX_VALUE, Long.MAX_VALUE, List.of());
		assertThat(permit.check("RPK27B", "S", day(FIRST.minusDays(1)))).isEqualTo(Reason.NOT_PAID);
		assertThat(permit.check("RPK27B", "S", day(FIRST))).isEqualTo(Reason.VALID);
		assertThat(permit.check("RPK27B", "S", day(LAST))).isEqualTo(Reason.VALID);
		assertThat(permit.check("RPK27B", "S", day(LAST.plusDays(1)))).isEqualTo(Reason.NOT_PAID);
		assertThat(permit.check("RPK27B", "K", day(FIRST))).isEqualTo(Reason.OTHER_ZONE);
		assertThat(permit.check("ABC123", "S", day(FIRST))).isEqualTo(Reason.NO_PERMIT);
	}

	@Test
	void anUnpaidPermitIsNotValid() {
		PermitValidity permit = new PermitValidity("RPP-2026-000002", "S", "RPK27B", new long[0],
				new long[] {day(FIRST), day(LAST)}, Long.MAX_VALUE, Long.MAX_VALUE, List.of());
		assertThat(permit.check("RPK27B", "S", day(FIRST))).isEqualTo(Reason.NOT_PAID);
	}

	@Test
	void aTemporaryVehicleIsValidFromItsFirstToItsLastDayAndNotADayMore() {
		LocalDate from = LocalDate.of(2027, 1, 10);
		LocalDate to = LocalDate.of(2027, 1, 16);
		PermitValidity permit = quarterPaid(Long.MAX_VALUE, Long.MAX_VALUE, List.of(new PermitValidity.Temporary("HYR01A", day(from), day(to))));
		assertThat(permit.check("HYR01A", "S", day(from.minusDays(1)))).isEqualTo(Reason.TEMPORARY_NOT_TODAY);
		assertThat(permit.check("HYR01A", "S", day(from))).isEqualTo(Reason.VALID);
		assertThat(permit.check("HYR01A", "S", day(to))).isEqualTo(Reason.VALID);
		assertThat(permit.check("HYR01A", "S", day(to.plusDays(1)))).isEqualTo(Reason.TEMPORARY_NOT_TODAY);
		assertThat(permit.check("HYR01A", "K", day(from))).isEqualTo(Reason.OTHER_ZONE);
		// The permit's own car stays valid beside it.
		assertThat(permit.check("RPK27B", "S", day(from))).isEqualTo(Reason.VALID);
	}

	@Test
	void aTemporaryVehicleNeedsThePermitItselfToBeValid() {
		LocalDate from = LAST.minusDays(2);
		PermitValidity permit = quarterPaid(Long.MAX_VALUE, Long.MAX_VALUE,
				List.of(new PermitValidity.Temporary("HYR01A", day(from), day(LAST.plusDays(4)))));
		assertThat(permit.check("HYR01A", "S", day(LAST))).isEqualTo(Reason.VALID);
		assertThat(permit.check("HYR01A", "S", day(LAST.plusDays(1)))).isEqualTo(Reason.NOT_PAID);
	}

	@Test
	void aSuspendedPermitIsNotValidFromTheFirstDayOfTheSuspension() {
		LocalDate pause = LocalDate.of(2027, 1, 5);
		PermitValidity permit = quarterPaid(day(pause), Long.MAX_VALUE, List.of(new PermitValidity.Temporary("HYR01A", day(pause), day(pause))));
		assertThat(permit.check("RPK27B", "S", day(pause.minusDays(1)))).isEqualTo(Reason.VALID);
		assertThat(permit.check("RPK27B", "S", day(pause))).isEqualTo(Reason.SUSPENDED);
		assertThat(permit.check("HYR01A", "S", day(pause))).isEqualTo(Reason.SUSPENDED);
	}

	@Test
	void anEndedPermitRunsToItsLastDay() {
		LocalDate lastDay = LocalDate.of(2027, 1, 31);
		PermitValidity permit = quarterPaid(Long.MAX_VALUE, day(lastDay), List.of());
		assertThat(permit.check("RPK27B", "S", day(lastDay))).isEqualTo(Reason.VALID);
		assertThat(permit.check("RPK27B", "S", day(lastDay.plusDays(1)))).isEqualTo(Reason.ENDED);
	}

	@Test
	void ofTwoPermitsNamingACarTheValidOneAnswers() {
		assertThat(PermitValidity.better(Reason.ENDED, Reason.VALID)).isEqualTo(Reason.VALID);
		assertThat(PermitValidity.better(Reason.VALID, Reason.OTHER_ZONE)).isEqualTo(Reason.VALID);
		assertThat(PermitValidity.better(Reason.OTHER_ZONE, null)).isEqualTo(Reason.OTHER_ZONE);
		assertThat(PermitValidity.better(Reason.NOT_PAID, Reason.OTHER_ZONE)).isEqualTo(Reason.NOT_PAID);
	}
}
