package org.cityhall.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.search.Searchable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's index on its local disk: one writer, searchers refreshed after every change, and what
 * the index has taken in so far (the archive's sequence and hash, each source's version) kept in
 * the Lucene commit itself, so the index and its position cannot disagree after a crash.
 */
public final class SearchIndex implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	static final String ARCHIVE_SEQUENCE = "archive.sequence";
	static final String ARCHIVE_HASH = "archive.hash";
	static final String SOURCE_VERSION = "source.";
	static final String ANALYSIS = "analysis";

	private final Path directory;
	private final FSDirectory store;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final Map<String, String> committed;
	private volatile Facets facets;

	private SearchIndex(Path directory, double ramBufferMb) throws IOException {
		this.directory = directory;
		Files.createDirectories(directory);
		this.store = FSDirectory.open(directory);
		boolean created = !DirectoryReader.indexExists(store);
		IndexWriterConfig config = new IndexWriterConfig(Analysis.perField())
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setRAMBufferSizeMB(ramBufferMb);
		this.writer = new IndexWriter(store, config);
		Map<String, String> data = new HashMap<>();
		if (!created) {
			writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
		}
		this.committed = data;
		this.searchers = new SearcherManager(writer, null);
		if (!created && !Analysis.VERSION.equals(data.get(ANALYSIS))) {
			// Made by another analysis: its terms would not match the queries' any more.
			log.info("The search index in {} was made by another analysis: indexing everything again", directory);
			clear();
		}
	}

	/** The index in the directory, created empty when there is none. */
	public static SearchIndex open(Path directory) {
		return open(directory, 32);
	}

	/** The index in the directory, with a larger buffer for building it in one go. */
	public static SearchIndex open(Path directory, double ramBufferMb) {
		try {
			return new SearchIndex(directory, ramBufferMb);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("cannot open the search index in " + directory, unreadable);
		}
	}

	public Path directory() {
		return directory;
	}

	/** Whether Lucene is merging the index's segments, or has merges waiting to start. */
	public boolean merging() {
		return writer.hasPendingMerges() || writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges
				&& merges.mergeThreadCount() > 0;
	}

	/** The last archive sequence the index has committed; 0 when none. */
	public synchronized long archiveSequence() {
		return Long.parseLong(committed.getOrDefault(ARCHIVE_SEQUENCE, "0"));
	}

	/** The hash of the archive record at {@link #archiveSequence()}, if any. */
	public synchronized Optional<String> archiveHash() {
		return Optional.ofNullable(committed.get(ARCHIVE_HASH));
	}

	/** The version of a source the index holds, if it holds the source. */
	public synchronized Optional<String> sourceVersion(String source) {
		return Optional.ofNullable(committed.get(SOURCE_VERSION + source));
	}

	/** Replaces all documents of a source with the given ones, and commits them with the source's version. */
	public synchronized void replaceSource(String source, String version, List<Searchable> documents) {
		try {
			writer.deleteDocuments(new Term(Fields.SOURCE, source));
			for (Searchable searchable : documents) {
				writer.addDocument(IndexedDocument.of(source, searchable, Optional.empty(), Optional.empty()));
			}
			commit(Map.of(SOURCE_VERSION + source, version));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/**
	 * Takes in archive records read in sequence order: each indexable record is added or replaced,
	 * each tombstone and never-indexed record deleted. The index's archive sequence moves to the last
	 * record's.
	 */
	public synchronized void follow(List<ArchivedRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		ArchivedRecord last = records.get(records.size() - 1);
		apply(records, Map.of(ARCHIVE_SEQUENCE, Long.toString(last.sequence()), ARCHIVE_HASH, last.hash()));
	}

	/** Takes in archive records without moving the archive sequence: for records given by hand. */
	public synchronized void put(List<ArchivedRecord> records) {
		apply(records, Map.of());
	}

	/**
	 * Adds documents of a source without committing, from as many threads as wanted: for building a
	 * large index in one go. {@link #commitSource} makes them visible.
	 */
	public void add(String source, Searchable searchable, Optional<String> matter) {
		try {
			writer.addDocument(IndexedDocument.of(source, searchable, matter, Optional.empty()));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Commits what was added, with the source's version. */
	public synchronized void commitSource(String source, String version) {
		commit(Map.of(SOURCE_VERSION + source, version));
	}

	/** Merges the index down to at most the given number of segments: faster searches of an index built once. */
	public synchronized void forceMerge(int segments) {
		try {
			writer.forceMerge(segments);
			commit(Map.of());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Empties the index, for a rebuild: the archive is read again from its start and every source again. */
	public synchronized void clear() {
		try {
			writer.deleteAll();
			committed.clear();
			commit(Map.of());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** How many documents the index holds. */
	public int size() {
		return writer.getDocStats().numDocs;
	}

	private void apply(List<ArchivedRecord> records, Map<String, String> data) {
		try {
			for (ArchivedRecord record : records) {
				Term id = IndexedDocument.idTerm(IndexedDocument.ARCHIVE, record.id().toString());
				if (IndexedDocument.indexable(record)) {
					writer.updateDocument(id, IndexedDocument.of(IndexedDocument.ARCHIVE, IndexedDocument.searchable(record),
							record.matter(), Optional.of(record.recordType())));
				}
				else {
					writer.deleteDocuments(id);
				}
			}
			commit(data);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private void commit(Map<String, String> data) {
		try {
			committed.putAll(data);
			committed.put(ANALYSIS, Analysis.VERSION);
			writer.setLiveCommitData(new HashMap<>(committed).entrySet());
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Runs a read against the current searcher, with the facet state of its reader. */
	<T> T read(Reading<T> reading) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return reading.read(searcher, facetsOf(searcher.getIndexReader()));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The facet counts' state of a reader, made once per reader: it maps every label to an ordinal. */
	private Optional<SortedSetDocValuesReaderState> facetsOf(IndexReader reader) throws IOException {
		Facets known = facets;
		if (known != null && known.reader() == reader) {
			return known.state();
		}
		Optional<SortedSetDocValuesReaderState> state;
		try {
			state = Optional.of(new DefaultSortedSetDocValuesReaderState(reader, IndexedDocument.FACETS));
		}
		catch (IllegalArgumentException noFacetsYet) {
			state = Optional.empty();
		}
		facets = new Facets(reader, state);
		return state;
	}

	@Override
	public synchronized void close() {
		try {
			searchers.close();
			writer.close();
			store.close();
		}
		catch (IOException failed) {
			log.warn("The search index in {} did not close cleanly: {}", directory, failed.toString());
		}
	}

	@FunctionalInterface
	interface Reading<T> {
		T read(IndexSearcher searcher, Optional<SortedSetDocValuesReaderState> facets) throws IOException;
	}

	private record Facets(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
	}
}
