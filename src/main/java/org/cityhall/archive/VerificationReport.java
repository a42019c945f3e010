package org.cityhall.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a verification of the archive found: how much it checked, how long each part took, and the
 * first record that does not match, if any.
 *
 * @param head the highest sequence the archive had when verification started
 * @param records how many records were checked (tombstones included)
 * @param chainTime how long recomputing the digests and the chain took
 * @param documents how many documents were read back and checked, each once however many records hold it
 * @param documentBytes how many bytes those documents had
 * @param documentTime how long reading and checking them took
 * @param checkpoints how many signed checkpoints were checked
 * @param problem the first record, in sequence order, that does not match; empty when everything does
 */
public record VerificationReport(Instant startedAt, long head, long records, Duration chainTime, boolean documentsChecked,
		long documents, long documentBytes, Duration documentTime, int checkpoints, Optional<Problem> problem) {

	public VerificationReport {
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(chainTime, "chainTime");
		Objects.requireNonNull(documentTime, "documentTime");
		Objects.requireNonNull(problem, "problem");
	}

	/** Whether every record, document and checkpoint matched. */
	public boolean intact() {
		return problem.isEmpty();
	}

	/**
	 * A record that does not match.
	 *
	 * @param sequence the record's place in the chain
	 * @param record the record's id; empty when the record is missing
	 * @param kind what is wrong
	 * @param detail what was expected and found, for the archivist; no personal data
	 */
	public record Problem(long sequence, Optional<UUID> record, Kind kind, String detail) {

		public Problem {
			Objects.requireNonNull(record, "record");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(detail, "detail");
		}
	}

	/** What can be wrong with a record. */
	public enum Kind {
		/** The record's content or metadata changed since it was filed: its body no longer has its digest. */
		RECORD_ALTERED,
		/** The record's hash does not follow from the previous record's hash and its own digest. */
		CHAIN_BROKEN,
		/** A sequence number has no record: a record was deleted. */
		RECORD_MISSING,
		/** A document of the record is no longer in the document store. */
		DOCUMENT_MISSING,
		/** A document of the record is in the store, but its bytes no longer have its SHA-256. */
		DOCUMENT_ALTERED,
		/** A signed checkpoint names a hash the chain no longer has at its sequence: the chain was rewritten from there back. */
		CHECKPOINT_MISMATCH,
		/** A checkpoint's signature does not verify, or it was signed by a key that is not the archive's. */
		CHECKPOINT_SIGNATURE_INVALID
	}
}
