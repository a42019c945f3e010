package org.cityhall.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * A record of the tests' own: each has its own matter, so no test sees another's records. Its filing
 * can be made to fail once, as a node that goes down while filing would leave it.
 */
public record TestRecord(UUID eventId, String matter, Party subject, Map<String, Integer> figures, List<DocumentId> documents,
		Instant at) implements Archivable {

	private static final Set<UUID> FAIL_ONCE = ConcurrentHashMap.newKeySet();

	public static TestRecord about(Party subject, List<DocumentId> documents) {
		return new TestRecord(UUID.randomUUID(), "TEST-" + UUID.randomUUID(), subject, Map.of("zebra", 1, "apple", 2),
				documents, Instant.parse("2026-11-26T21:30:00.123456789Z"));
	}

	/** The next filing of this record fails, as a crash in the filing transaction would. */
	public TestRecord failingOnce() {
		FAIL_ONCE.add(eventId);
		return this;
	}

	@Override
	public ArchiveEntry archiveEntry() {
		if (FAIL_ONCE.remove(eventId)) {
			throw new IllegalStateException("the node went down while filing " + matter);
		}
		return ArchiveEntry.of("test-record:" + eventId, "archive.test-record", at)
				.subject(subject)
				.matter(matter)
				.title(new LocalizedText("Testhandling " + matter, "Test record " + matter))
				.department("building")
				.retention(RetentionClass.disposeAfterYears(2))
				.documents(documents)
				.build();
	}
}
