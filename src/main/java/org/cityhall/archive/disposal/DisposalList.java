package org.cityhall.archive.disposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A list of records proposed for disposal (gallringsförslag), and what an archivist decided.
 *
 * @param reference the decision's reference, {@code GA-2026-000001}: each disposed record's tombstone names it
 * @param proposedBy who proposed it: a staff id, or {@value Disposals#JOB} for the scheduled job
 * @param items the records on it; empty when only the list's head was read
 */
public record DisposalList(UUID id, String reference, Instant proposedAt, String proposedBy, Status status,
		Optional<Instant> decidedAt, Optional<String> decidedBy, Optional<String> reason, int size, List<Item> items) {

	public DisposalList {
		items = List.copyOf(items);
	}

	public boolean awaitsDecision() {
		return status == Status.PROPOSED;
	}

	public enum Status {
		PROPOSED, APPROVED, REJECTED
	}

	/**
	 * A record on a list, as it was when proposed.
	 *
	 * @param matterClosedAt when the record's matter closed: its last record that closes it
	 * @param retentionEndedAt when the record's retention ended
	 * @param disposed whether the record is now a tombstone
	 */
	public record Item(UUID recordId, long sequence, String recordType, String matter, String retention,
			Instant matterClosedAt, Instant retentionEndedAt, boolean disposed) {
	}
}
