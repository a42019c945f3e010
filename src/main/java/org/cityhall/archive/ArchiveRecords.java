package org.cityhall.archive;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The archive's records, read in the order they were filed. The search portal follows the archive
 * by {@link #after(long, int)}: every node reads from the sequence it last indexed, so all nodes
 * converge on the same records, tombstones included (a disposed record leaves the index).
 * <p>
 * These reads check no one's rights: the caller decides who may see what, by each record's
 * {@link Audience}, subject and department, and audits reads of personal data.
 */
public interface ArchiveRecords {

	/** Up to {@code limit} records with a sequence greater than {@code sequence}, in sequence order, tombstones included. */
	List<ArchivedRecord> after(long sequence, int limit);

	/** The highest sequence filed so far; 0 when the archive is empty. */
	long head();

	/** A record by its id. */
	Optional<ArchivedRecord> find(UUID id);

	/** The records of a matter (a case number, a permit), in sequence order. */
	List<ArchivedRecord> ofMatter(String matter);
}
