package org.cityhall.archive.verify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityhall.archive.VerificationReport.Kind;
import org.cityhall.archive.VerificationReport.Problem;
import org.cityhall.archive.chain.ChainHashing;
import org.cityhall.archive.chain.RecordRow;
import org.cityhall.archive.chain.RecordRows;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Walks the records in sequence order and checks each against the one before: no sequence missing,
 * its previous hash the previous record's hash, its body's digest (unless it is a tombstone), and its
 * hash from both. Stops at the first record that does not match.
 */
final class ChainWalk implements RowCallbackHandler {

	/** Thrown to stop reading at the first problem. */
	static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}
	}

	/** A record with documents, to read them back after the chain. */
	record WithDocuments(long sequence, UUID id, List<String> documents) {
	}

	private final ChainHashing hashing = new ChainHashing();
	private final Set<Long> signedSequences;
	private final Map<Long, String> signedHashes = new HashMap<>();
	private final Map<Long, UUID> signedIds = new HashMap<>();
	private final List<WithDocuments> withDocuments = new ArrayList<>();
	private long expected = 1;
	private String previousHash = ChainHashing.GENESIS;
	private long checked;
	private Problem problem;

	ChainWalk(Set<Long> signedSequences) {
		this.signedSequences = signedSequences;
	}

	@Override
	public void processRow(ResultSet rs) throws SQLException {
		RecordRow row = RecordRows.MAPPER.mapRow(rs, 0);
		if (row.sequence() != expected) {
			stop(new Problem(expected, Optional.empty(), Kind.RECORD_MISSING, "record " + expected
					+ " is missing: the chain goes from record " + (expected - 1) + " to record " + row.sequence()));
		}
		if (!row.prevHash().equals(previousHash)) {
			stop(new Problem(row.sequence(), Optional.of(row.id()), Kind.CHAIN_BROKEN, "its previous hash is "
					+ row.prevHash() + ", but record " + (row.sequence() - 1) + " has hash " + previousHash));
		}
		if (!row.tombstone()) {
			String digest = hashing.digest(row);
			if (!digest.equals(row.digest())) {
				stop(new Problem(row.sequence(), Optional.of(row.id()), Kind.RECORD_ALTERED, "its content or metadata "
						+ "changed after filing: its body's SHA-256 is " + digest + ", filed as " + row.digest()));
			}
		}
		String hash = hashing.link(previousHash, row.digest());
		if (!hash.equals(row.hash())) {
			stop(new Problem(row.sequence(), Optional.of(row.id()), Kind.CHAIN_BROKEN,
					"its hash is " + row.hash() + ", but its previous hash and digest give " + hash));
		}
		if (!row.documents().isEmpty()) {
			withDocuments.add(new WithDocuments(row.sequence(), row.id(), row.documents()));
		}
		if (signedSequences.contains(row.sequence())) {
			signedHashes.put(row.sequence(), hash);
			signedIds.put(row.sequence(), row.id());
		}
		previousHash = hash;
		expected++;
		checked++;
	}

	/** After the last row: the records must reach the head, and the head must be the last hash. */
	void finish(long head, String headHash) {
		if (problem != null) {
			return;
		}
		if (expected - 1 < head) {
			problem = new Problem(expected, Optional.empty(), Kind.RECORD_MISSING, "record " + expected
					+ " is missing: the chain's head is record " + head + ", the last record found is " + (expected - 1));
		}
		else if (!previousHash.equals(headHash)) {
			problem = new Problem(head, Optional.empty(), Kind.CHAIN_BROKEN,
					"the chain's head says hash " + headHash + ", the last record has " + previousHash);
		}
	}

	private void stop(Problem found) {
		problem = found;
		throw new Stop();
	}

	Optional<Problem> problem() {
		return Optional.ofNullable(problem);
	}

	long checked() {
		return checked;
	}

	List<WithDocuments> withDocuments() {
		return withDocuments;
	}

	Optional<String> hashAt(long sequence) {
		return Optional.ofNullable(signedHashes.get(sequence));
	}

	Optional<UUID> idAt(long sequence) {
		return Optional.ofNullable(signedIds.get(sequence));
	}
}
