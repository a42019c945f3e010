package org.cityhall.permits;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/** A period's payment settled: the permit is valid from the period's first to its last day. */
public record PermitPaid(UUID eventId, String reference, Party.Person holder, String zone, String plate, String paidPeriod, Instant at)
		implements PermitEvent {

	@Override
	public String what() {
		return "paid";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(paidPeriod);
	}
}
