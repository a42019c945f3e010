package org.cityhall.queues;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A free place offered to an entry, open until its deadline. */
public record Offer(UUID id, UUID placeId, UUID entryId, String alternativeId, Status status, String madeBy, Instant madeAt,
		Instant deadline, Optional<Instant> answeredAt) {

	public boolean isPending() {
		return status == Status.PENDING;
	}

	/** Where an offer is. */
	public enum Status {
		PENDING, ACCEPTED, DECLINED, EXPIRED
	}
}
