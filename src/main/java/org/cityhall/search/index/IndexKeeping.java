package org.cityhall.search.index;

import java.util.List;
import java.util.Optional;

import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.search.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current. On start, and every few seconds after
 * ({@code cityhall.search.follow-interval}): the sources whose version changed are indexed again,
 * and the archive's records after the last sequence the index committed are taken in, a batch at a
 * time. Every node does this on its own, from the same archive and sources, so all converge. An
 * index that is not of this archive (the record at its sequence has another hash, or the archive is
 * shorter) is emptied and built again.
 */
@Component
public class IndexKeeping {

	private static final Logger log = LoggerFactory.getLogger(IndexKeeping.class);

	/** How many archive records are read and committed at a time. */
	static final int BATCH = 2_000;

	private final SearchIndex index;
	private final List<SearchSource> sources;
	private final ObjectProvider<ArchiveRecords> archive;
	private volatile boolean checked;

	IndexKeeping(SearchIndex index, List<SearchSource> sources, ObjectProvider<ArchiveRecords> archive) {
		this.index = index;
		this.sources = sources;
		this.archive = archive;
	}

	/** The sources are indexed before the first page is served; the archive follows in the background. */
	@EventListener(ApplicationReadyEvent.class)
	public void indexSources() {
		sources.forEach(this::indexIfChanged);
	}

	@Scheduled(fixedDelayString = "${cityhall.search.follow-interval:PT2S}", initialDelayString = "${cityhall.search.follow-interval:PT2S}")
	void keepCurrent() {
		try {
			catchUp();
		}
		catch (RuntimeException failed) {
			// The next round tries again from the last commit; nothing read since was lost.
			log.warn("The search index could not catch up this time: {}", failed.toString());
		}
	}

	/** Indexes what changed since the last commit: changed sources, then new archive records. Returns how many records were read. */
	public synchronized long catchUp() {
		sources.forEach(this::indexIfChanged);
		ArchiveRecords records = archive.getIfAvailable();
		if (records == null) {
			return 0;
		}
		checkArchive(records);
		long read = 0;
		while (true) {
			List<ArchivedRecord> batch = records.after(index.archiveSequence(), BATCH);
			if (batch.isEmpty()) {
				return read;
			}
			index.follow(batch);
			read += batch.size();
		}
	}

	/** Whether Lucene is still merging what the index took in: work left after a burst of records, in the background. */
	public boolean merging() {
		return index.merging();
	}

	/** Whether the archive holds records this node's index has not taken in yet. */
	public boolean behind() {
		ArchiveRecords records = archive.getIfAvailable();
		return records != null && !records.after(index.archiveSequence(), 1).isEmpty();
	}

	private void indexIfChanged(SearchSource source) {
		String version = source.version();
		if (!index.sourceVersion(source.name()).equals(Optional.of(version))) {
			index.replaceSource(source.name(), version, source.documents());
			log.info("Search indexed source {} at version {}", source.name(), version);
		}
	}

	private void checkArchive(ArchiveRecords records) {
		if (checked) {
			return;
		}
		long sequence = index.archiveSequence();
		if (sequence > 0) {
			List<ArchivedRecord> last = records.after(sequence - 1, 1);
			boolean same = !last.isEmpty() && last.get(0).sequence() == sequence
					&& index.archiveHash().equals(Optional.of(last.get(0).hash()));
			if (!same) {
				log.info("The search index in {} is not of this archive (at sequence {}): indexing everything again",
						index.directory(), sequence);
				index.clear();
				sources.forEach(this::indexIfChanged);
			}
		}
		checked = true;
	}
}
