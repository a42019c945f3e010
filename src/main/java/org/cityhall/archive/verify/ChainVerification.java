package org.cityhall.archive.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.cityhall.archive.ArchiveVerification;
import org.cityhall.archive.VerificationReport;
import org.cityhall.archive.VerificationReport.Kind;
import org.cityhall.archive.VerificationReport.Problem;
import org.cityhall.archive.chain.RecordRows;
import org.cityhall.archive.signing.Checkpoints;
import org.cityhall.archive.signing.Checkpoints.Checkpoint;
import org.cityhall.archive.signing.SigningKey;
import org.cityhall.documents.DocumentCorruptedException;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the archive in one read-only, repeatable-read transaction, so records filed meanwhile
 * neither appear half nor disturb it: first the chain (every record's digest and hash, in sequence
 * order, streamed), then the documents of the records before the first broken one, then the
 * checkpoints. The first problem in sequence order is reported.
 */
@Service
class ChainVerification implements ArchiveVerification {

	private static final int FETCH_SIZE = 2_000;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final DocumentStore store;
	private final Checkpoints checkpoints;
	private final SigningKey key;
	private final Clock clock;

	ChainVerification(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DocumentStore store,
			Checkpoints checkpoints, SigningKey key, Clock clock) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.store = store;
		this.checkpoints = checkpoints;
		this.key = key;
		this.clock = clock;
	}

	@Override
	public VerificationReport verify() {
		return verify(true);
	}

	@Override
	public VerificationReport verify(boolean documents) {
		Instant started = clock.instant();
		return transactions.execute(status -> run(started, documents));
	}

	private VerificationReport run(Instant started, boolean checkDocuments) {
		Map<String, Object> headRow = jdbc.queryForMap("SELECT sequence, hash FROM archive_chain WHERE singleton");
		long head = ((Number) headRow.get("sequence")).longValue();
		List<Checkpoint> signed = checkpoints.all();
		Set<Long> signedSequences = new HashSet<>();
		signed.forEach(checkpoint -> signedSequences.add(checkpoint.sequence()));

		long chainStart = System.nanoTime();
		ChainWalk walk = new ChainWalk(signedSequences);
		try {
			jdbc.query("SELECT " + RecordRows.COLUMNS + " FROM archive_record WHERE sequence <= ? ORDER BY sequence",
					walk, head);
		}
		catch (ChainWalk.Stop stop) {
			// the first broken record is noted; the rest of the chain cannot be trusted past it
		}
		walk.finish(head, (String) headRow.get("hash"));
		Duration chainTime = Duration.ofNanos(System.nanoTime() - chainStart);

		long documentStart = System.nanoTime();
		DocumentCheck documents = new DocumentCheck();
		if (checkDocuments) {
			long before = walk.problem().map(Problem::sequence).orElse(Long.MAX_VALUE);
			documents.check(walk.withDocuments(), before);
		}
		Duration documentTime = Duration.ofNanos(System.nanoTime() - documentStart);

		Optional<Problem> checkpointProblem = checkpoints(signed, walk, head);
		Optional<Problem> first = Stream.of(walk.problem(), documents.problem, checkpointProblem)
				.flatMap(Optional::stream).min(Comparator.comparingLong(Problem::sequence));
		return new VerificationReport(started, head, walk.checked(), chainTime, checkDocuments, documents.count,
				documents.bytes, documentTime, signed.size(), first);
	}

	private Optional<Problem> checkpoints(List<Checkpoint> signed, ChainWalk walk, long head) {
		for (Checkpoint checkpoint : signed) {
			if (checkpoint.sequence() > head) {
				return Optional.of(new Problem(head + 1, Optional.empty(), Kind.RECORD_MISSING, "the checkpoint signed at "
						+ checkpoint.signedAt() + " signed record " + checkpoint.sequence() + ", but the chain ends at record " + head));
			}
			if (!checkpoint.signatureVerifies()) {
				return Optional.of(new Problem(checkpoint.sequence(), Optional.empty(), Kind.CHECKPOINT_SIGNATURE_INVALID,
						"the checkpoint signed at " + checkpoint.signedAt() + " does not verify with its key " + checkpoint.keyId()));
			}
			if (!checkpoint.keyId().equals(key.keyId())) {
				return Optional.of(new Problem(checkpoint.sequence(), Optional.empty(), Kind.CHECKPOINT_SIGNATURE_INVALID,
						"the checkpoint signed at " + checkpoint.signedAt() + " is signed by key " + checkpoint.keyId()
								+ ", not by the archive's key " + key.keyId()));
			}
			Optional<String> hash = walk.hashAt(checkpoint.sequence());
			if (hash.isPresent() && !hash.get().equals(checkpoint.hash())) {
				return Optional.of(new Problem(checkpoint.sequence(), walk.idAt(checkpoint.sequence()), Kind.CHECKPOINT_MISMATCH,
						"the checkpoint signed at " + checkpoint.signedAt() + " has hash " + checkpoint.hash()
								+ ", the chain has " + hash.get()));
			}
		}
		return Optional.empty();
	}

	/** Reads each document once, in the order of the first record that holds it. */
	private final class DocumentCheck {

		long count;
		long bytes;
		Optional<Problem> problem = Optional.empty();

		void check(List<ChainWalk.WithDocuments> records, long before) {
			Set<String> seen = new HashSet<>();
			for (ChainWalk.WithDocuments record : records) {
				if (record.sequence() >= before) {
					return;
				}
				for (String sha256 : record.documents()) {
					if (!seen.add(sha256)) {
						continue;
					}
					DocumentId id = new DocumentId(sha256);
					try {
						Optional<byte[]> content = store.content(id);
						if (content.isEmpty()) {
							problem = Optional.of(new Problem(record.sequence(), Optional.of(record.id()), Kind.DOCUMENT_MISSING,
									"document " + sha256 + " is not in the document store"));
							return;
						}
						count++;
						bytes += content.get().length;
					}
					catch (DocumentCorruptedException ex) {
						problem = Optional.of(new Problem(record.sequence(), Optional.of(record.id()), Kind.DOCUMENT_ALTERED,
								"document " + sha256 + " no longer has that SHA-256: its bytes changed"));
						return;
					}
				}
			}
		}
	}
}
