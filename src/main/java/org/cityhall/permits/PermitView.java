package org.cityhall.permits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Money;
import org.cityhall.shared.Party;

/**
 * A permit as it stands, for its holder's and staff's pages.
 *
 * @param reference the permit's reference, the case number of its application
 * @param holder who holds it
 * @param zone the zone's code
 * @param plate the permit's own car
 * @param status active, suspended or ended
 * @param grantedAt when it was granted
 * @param suspendedFrom the first day of a suspension, if suspended
 * @param endsOn the last day it runs, if it has an end
 * @param endReason why it ends: {@code HOLDER}, {@code MOVED} or {@code STAFF}
 * @param periods its periods, paid or not, oldest first
 * @param temporaryVehicles its temporary vehicles, latest first
 * @param validity what the warden's check answers from
 */
public record PermitView(UUID id, String reference, Party.Person holder, String zone, String plate, PermitStatus status,
		Instant grantedAt, Optional<LocalDate> suspendedFrom, Optional<LocalDate> endsOn, Optional<String> endReason,
		List<Period> periods, List<TemporaryVehicle> temporaryVehicles, PermitValidity validity) {

	/** A period applied for, with its fee; paid once billing says the payment settled. */
	public record Period(PermitPeriod period, LocalDate startsOn, LocalDate endsOn, Money amount, UUID feeId,
			Optional<Instant> paidAt) {

		public boolean paid() {
			return paidAt.isPresent();
		}
	}

	/** A rental or loan car on the permit for a few days. */
	public record TemporaryVehicle(String plate, String kind, LocalDate validFrom, LocalDate validTo) {
	}

	/** Whether the permit's own car may park in its zone on the day. */
	public boolean validOn(LocalDate day) {
		return validity.validOn(day);
	}

	/** The period waiting for its payment, if one is. */
	public Optional<Period> unpaid() {
		return periods.stream().filter(p -> !p.paid()).findFirst();
	}

	/** The last day of the paid periods, if any is paid. */
	public Optional<LocalDate> paidUntil() {
		return periods.stream().filter(Period::paid).map(Period::endsOn).max(LocalDate::compareTo);
	}

	public boolean ended() {
		return status == PermitStatus.ENDED;
	}
}
