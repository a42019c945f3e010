package org.cityhall.permits;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Party;

/** Staff corrected the permit; the permit's corrections keep who and why. */
public record PermitCorrected(UUID eventId, String reference, Party.Person holder, String zone, String plate, String correction, Instant at)
		implements PermitEvent {

	@Override
	public String what() {
		return "corrected";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(correction);
	}
}
