package org.cityhall.archive.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.chain.ChainHashing;
import org.cityhall.archive.chain.RecordRow;
import org.cityhall.archive.filing.FilingRecords.Filed;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends records to the chain in batches. Every record needs the chain's head, locked, for its
 * sequence and its previous hash, so one record at a time lets no more records through a second than
 * there are lock round trips; instead, filers hand their records to one thread per node, which takes
 * all that are waiting (up to {@value #MOST_AT_ONCE}), locks the head once, inserts them in one
 * statement with consecutive sequences, each hashed on the one before, moves the head to the last,
 * and commits. Under no load a batch is one record, filed as soon as it arrives; under load the
 * batches grow while the one before commits. Nodes still take turns at the head's lock, one batch at a
 * time, so the sequence stays gap-free across nodes.
 * <p>
 * While this node is the only one filing, a batch does not even take the lock as a statement of its
 * own: the node remembers where it left the head, and appends the batch in one statement that commits
 * itself, moving the head only from that sequence and hash. When another node has moved the head
 * meanwhile (or a key in the batch is filed already), that statement writes nothing, and the batch is
 * appended under the lock as above.
 * <p>
 * A batch that fails (a record the database refuses) is filed again one record at a time, so that only
 * the record at fault fails, back to its filer. When the application stops, records still waiting
 * are handed back unfiled (their event publications stay incomplete and are filed on restart), and
 * later filers file their own records on their own thread, one at a time.
 */
@Component
class ChainSequencer implements SmartLifecycle {

	/** At most this many records to a batch: one statement, one lock turn. */
	static final int MOST_AT_ONCE = 256;

	private static final DateTimeFormatter TIMESTAMP =
			DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);

	/** The insert of a batch's rows, given as columns of arrays ({@link #columns}); a WHERE may follow. */
	private static final String INSERT_ROWS = """
			INSERT INTO archive_record (id, sequence, key, occurred_at, filed_at, source_module, record_type,
			  subject_kind, subject_id, subject_name, matter, title_sv, title_en, department, retention, audience,
			  closes_matter, content, documents, digest, prev_hash, hash)
			SELECT r.id::uuid, r.sequence, r.key, r.occurred_at::timestamptz, r.filed_at::timestamptz, r.source_module,
			  r.record_type, r.subject_kind, r.subject_id, r.subject_name, r.matter, r.title_sv, r.title_en,
			  r.department, r.retention, r.audience, r.closes_matter, r.content, string_to_array(r.documents, ','),
			  r.digest, r.prev_hash, r.hash
			FROM unnest(CAST(:ids AS text[]), CAST(:sequences AS bigint[]), CAST(:keys AS text[]),
			  CAST(:occurred AS text[]), CAST(:filed AS text[]), CAST(:modules AS text[]), CAST(:types AS text[]),
			  CAST(:subjectKinds AS text[]), CAST(:subjectIds AS text[]), CAST(:subjectNames AS text[]),
			  CAST(:matters AS text[]), CAST(:titlesSv AS text[]), CAST(:titlesEn AS text[]),
			  CAST(:departments AS text[]), CAST(:retentions AS text[]), CAST(:audiences AS text[]),
			  CAST(:closes AS boolean[]), CAST(:contents AS text[]), CAST(:documents AS text[]),
			  CAST(:digests AS text[]), CAST(:prevHashes AS text[]), CAST(:hashes AS text[]))
			  AS r(id, sequence, key, occurred_at, filed_at, source_module, record_type, subject_kind, subject_id,
			    subject_name, matter, title_sv, title_en, department, retention, audience, closes_matter, content,
			    documents, digest, prev_hash, hash)
			""";

	private static final Logger log = LoggerFactory.getLogger(ChainSequencer.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;
	private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
	/** The head as this node last left it; null when not known, or when another node may have moved it. */
	private volatile Head known;
	private volatile Thread filer;

	ChainSequencer(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Files the entry at the end of the chain, committed, unless a record with its key is there already.
	 * Waits for the batch it went into.
	 */
	Filed append(ArchiveEntry entry, String sourceModule, String canonicalContent) {
		Pending pending = new Pending(entry, sourceModule, canonicalContent);
		boolean queued = filer != null && waiting.add(pending);
		// Stopped, or stopping just as it was queued: a record the filer has not taken is filed here, on the
		// filer's own thread. One it took, it answers, or hands back on its way out.
		if (!queued || filer == null && waiting.remove(pending)) {
			fileOneByOne(List.of(pending));
		}
		return pending.filed().join();
	}

	/** Files the records as one batch, or one by one if the batch fails; each filer gets its answer. */
	void file(List<Pending> batch) {
		try {
			List<Filed> filed = appendedAtKnownHead(batch).orElseGet(() -> appendedUnderLock(batch));
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).filed().complete(filed.get(i));
			}
		}
		catch (RuntimeException ex) {
			known = null;
			if (batch.size() == 1) {
				batch.get(0).filed().completeExceptionally(ex);
			}
			else {
				log.warn("A batch of {} archive records failed ({}); filing them one by one", batch.size(), ex.toString());
				fileOneByOne(batch);
			}
		}
	}

	/**
	 * The batch appended in one statement that commits itself, if the head is still where this node last
	 * left it and none of the keys is filed: the head is moved only from that sequence and hash (so a
	 * head another node moved meanwhile fails it), and the records are inserted only if it moved. One
	 * round trip while no other node files. Empty, with nothing written, otherwise.
	 */
	private Optional<List<Filed>> appendedAtKnownHead(List<Pending> batch) {
		Head head = known;
		if (head == null || batch.stream().map(pending -> pending.entry().key()).distinct().count() < batch.size()) {
			return Optional.empty();
		}
		Instant filedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		ChainHashing hashing = new ChainHashing();
		List<RecordRow> rows = new ArrayList<>();
		Head last = head;
		for (Pending pending : batch) {
			RecordRow row = row(pending, filedAt, last, hashing);
			rows.add(row);
			last = new Head(row.sequence(), row.hash());
		}
		// synchronous_commit is set for the statement's own transaction, whose commit it decides.
		int inserted = columns(jdbc.sql("""
				WITH moved AS (
				  UPDATE archive_chain SET sequence = :lastSequence, hash = :lastHash
				  WHERE singleton AND sequence = :headSequence AND hash = :headHash
				    AND set_config('synchronous_commit', 'off', true) = 'off'
				    AND NOT EXISTS (SELECT 1 FROM archive_record WHERE key = ANY (CAST(:keys AS text[])))
				  RETURNING sequence)
				""" + INSERT_ROWS + " WHERE EXISTS (SELECT 1 FROM moved)"), rows)
				.param("lastSequence", last.sequence())
				.param("lastHash", last.hash())
				.param("headSequence", head.sequence())
				.param("headHash", head.hash())
				.update();
		if (inserted != rows.size()) {
			known = null;
			return Optional.empty();
		}
		known = last;
		return Optional.of(rows.stream().map(row -> new Filed(row.id(), row.sequence(), true)).toList());
	}

	/** The batch appended with the head locked, in a transaction of its own: whoever moved the head last. */
	private List<Filed> appendedUnderLock(List<Pending> batch) {
		Appended appended = ownTransaction.execute(status -> appendAll(batch));
		known = appended.head();
		return appended.filed();
	}

	private void fileOneByOne(List<Pending> records) {
		for (Pending pending : records) {
			file(List.of(pending));
		}
	}

	private Appended appendAll(List<Pending> batch) {
		// Without waiting for the WAL flush, which would otherwise hold every other filer at the lock: a
		// record is on disk before the later commit that completes its event publication (FilingRecords).
		jdbc.sql("SET LOCAL synchronous_commit = off").update();
		List<String> keys = batch.stream().map(pending -> pending.entry().key()).toList();
		Head head = jdbc.sql("SELECT sequence, hash FROM archive_chain WHERE singleton FOR UPDATE")
				.query((row, number) -> new Head(row.getLong("sequence"), row.getString("hash")))
				.single();
		// Under the lock, so a record filed meanwhile by another delivery of the same event, here or on another
		// node, is found; and a key twice in one batch is filed once.
		Map<String, Filed> byKey = new HashMap<>();
		jdbc.sql("SELECT key, id, sequence FROM archive_record WHERE key = ANY (:keys)")
				.param("keys", keys.toArray(String[]::new))
				.query((RowCallbackHandler) row -> byKey.put(row.getString("key"),
						new Filed(row.getObject("id", UUID.class), row.getLong("sequence"), false)));
		Instant filedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		ChainHashing hashing = new ChainHashing();
		List<RecordRow> rows = new ArrayList<>();
		List<Filed> filed = new ArrayList<>();
		for (Pending pending : batch) {
			Filed before = byKey.get(pending.entry().key());
			if (before != null) {
				filed.add(before.added() ? new Filed(before.id(), before.sequence(), false) : before);
				continue;
			}
			RecordRow row = row(pending, filedAt, head, hashing);
			rows.add(row);
			head = new Head(row.sequence(), row.hash());
			Filed added = new Filed(row.id(), row.sequence(), true);
			byKey.put(row.key(), added);
			filed.add(added);
		}
		if (!rows.isEmpty()) {
			int moved = columns(jdbc.sql("WITH filed AS (" + INSERT_ROWS + " RETURNING sequence, hash) "
					+ "UPDATE archive_chain SET sequence = last.sequence, hash = last.hash "
					+ "FROM (SELECT sequence, hash FROM filed ORDER BY sequence DESC LIMIT 1) AS last WHERE singleton"), rows)
					.update();
			if (moved != 1) {
				throw new IllegalStateException("the archive chain's head was not moved");
			}
		}
		return new Appended(filed, head);
	}

	private static RecordRow row(Pending pending, Instant filedAt, Head head, ChainHashing hashing) {
		ArchiveEntry entry = pending.entry();
		Optional<Party> subject = entry.subject();
		RecordRow unhashed = new RecordRow(UuidCreator.getTimeOrderedEpoch(), head.sequence() + 1, entry.key(),
				entry.occurredAt().truncatedTo(ChronoUnit.MICROS), filedAt, pending.sourceModule(), entry.recordType(),
				subject.map(Party::kind).orElse(null), subject.map(Party::id).orElse(null),
				subject.map(ChainSequencer::nameOf).orElse(null), entry.matter().orElse(null), entry.title().sv(),
				entry.title().en(), entry.department().orElse(null), entry.retention().code(), entry.audience().name(),
				entry.closesMatter(), pending.content(), entry.documents().stream().map(DocumentId::sha256).toList(), null,
				head.hash(), null, null);
		String digest = hashing.digest(unhashed);
		return unhashed.chained(digest, hashing.link(head.hash(), digest));
	}

	/** The rows' columns, as arrays, for {@link #INSERT_ROWS}: one statement, whatever the number of rows. */
	private static StatementSpec columns(StatementSpec statement, List<RecordRow> rows) {
		int n = rows.size();
		String[] ids = new String[n];
		long[] sequences = new long[n];
		String[] keys = new String[n];
		String[] occurred = new String[n];
		String[] filed = new String[n];
		String[] modules = new String[n];
		String[] types = new String[n];
		String[] subjectKinds = new String[n];
		String[] subjectIds = new String[n];
		String[] subjectNames = new String[n];
		String[] matters = new String[n];
		String[] titlesSv = new String[n];
		String[] titlesEn = new String[n];
		String[] departments = new String[n];
		String[] retentions = new String[n];
		String[] audiences = new String[n];
		boolean[] closes = new boolean[n];
		String[] contents = new String[n];
		String[] documents = new String[n];
		String[] digests = new String[n];
		String[] prevHashes = new String[n];
		String[] hashes = new String[n];
		for (int i = 0; i < n; i++) {
			RecordRow row = rows.get(i);
			ids[i] = row.id().toString();
			sequences[i] = row.sequence();
			keys[i] = row.key();
			occurred[i] = TIMESTAMP.format(row.occurredAt());
			filed[i] = TIMESTAMP.format(row.filedAt());
			modules[i] = row.sourceModule();
			types[i] = row.recordType();
			subjectKinds[i] = row.subjectKind();
			subjectIds[i] = row.subjectId();
			subjectNames[i] = row.subjectName();
			matters[i] = row.matter();
			titlesSv[i] = row.titleSv();
			titlesEn[i] = row.titleEn();
			departments[i] = row.department();
			retentions[i] = row.retention();
			audiences[i] = row.audience();
			closes[i] = row.closesMatter();
			contents[i] = row.content();
			// SHA-256 ids in hex hold no comma; an array of arrays cannot be unnested column by column.
			documents[i] = String.join(",", row.documents());
			digests[i] = row.digest();
			prevHashes[i] = row.prevHash();
			hashes[i] = row.hash();
		}
		return statement
				.param("ids", ids)
				.param("sequences", sequences)
				.param("keys", keys)
				.param("occurred", occurred)
				.param("filed", filed)
				.param("modules", modules)
				.param("types", types)
				.param("subjectKinds", subjectKinds)
				.param("subjectIds", subjectIds)
				.param("subjectNames", subjectNames)
				.param("matters", matters)
				.param("titlesSv", titlesSv)
				.param("titlesEn", titlesEn)
				.param("departments", departments)
				.param("retentions", retentions)
				.param("audiences", audiences)
				.param("closes", closes)
				.param("contents", contents)
				.param("documents", documents)
				.param("digests", digests)
				.param("prevHashes", prevHashes)
				.param("hashes", hashes);
	}

	/** The name the subject was given with, never a masked number or an address in its place. */
	private static String nameOf(Party party) {
		if (party instanceof Party.Person person) {
			return person.name();
		}
		return party instanceof Party.Visitor ? null : party.displayName();
	}

	private void run() {
		List<Pending> batch = new ArrayList<>(MOST_AT_ONCE);
		while (filer == Thread.currentThread()) {
			try {
				batch.add(waiting.take());
			}
			catch (InterruptedException stopping) {
				break;
			}
			waiting.drainTo(batch, MOST_AT_ONCE - 1);
			try {
				file(batch);
			}
			catch (RuntimeException | Error ex) {
				// file() answers every filer itself; this is for what it could not, so none waits for ever.
				batch.forEach(pending -> pending.filed().completeExceptionally(ex));
				log.error("Filing a batch of archive records failed", ex);
			}
			batch.clear();
		}
		List<Pending> left = new ArrayList<>();
		waiting.drainTo(left);
		handBack(left);
	}

	private static void handBack(List<Pending> records) {
		records.forEach(pending -> pending.filed().completeExceptionally(
				new IllegalStateException("the archive's filing stopped before record " + pending.entry().key() + " was filed")));
	}

	@Override
	public synchronized void start() {
		if (filer == null) {
			Thread thread = new Thread(this::run, "archive-filing");
			thread.setDaemon(true);
			filer = thread;
			thread.start();
		}
	}

	@Override
	public synchronized void stop() {
		Thread thread = filer;
		filer = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return filer != null;
	}

	/** Started before, and stopped after, the web server and the listeners that file through it. */
	@Override
	public int getPhase() {
		return 0;
	}

	record Pending(ArchiveEntry entry, String sourceModule, String content, CompletableFuture<Filed> filed) {

		Pending(ArchiveEntry entry, String sourceModule, String content) {
			this(entry, sourceModule, content, new CompletableFuture<>());
		}
	}

	private record Head(long sequence, String hash) {
	}

	private record Appended(List<Filed> filed, Head head) {
	}
}
