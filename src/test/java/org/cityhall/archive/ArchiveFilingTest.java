package org.cityhall.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.documents.DocumentStore;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/** Every archivable event becomes one record, at the end of one gap-free chain, whatever is redelivered or fails. */
@CityHallWebTest
class ArchiveFilingTest {

	private static final Party.Person PARENT = new Party.Person(PersonalIdentityNumber.parse("198804129826"), "Sara Lindqvist");

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ArchiveRecords records;

	@Autowired
	FilingRecords filing;

	@Autowired
	DocumentStore documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	void anEventPublishedInItsTransactionIsFiledWithItsEntryAndItsContentAsCanonicalJson() {
		var receipt = documents.store(("receipt " + System.nanoTime()).getBytes(), "text/plain").id();
		TestRecord event = TestRecord.about(PARENT, List.of(receipt));

		transactions.executeWithoutResult(status -> events.publishEvent(event));

		ArchivedRecord record = awaitRecords(event.matter(), 1).get(0);
		assertThat(record.sourceModule()).isEqualTo("archive");
		assertThat(record.recordType()).isEqualTo("archive.test-record");
		assertThat(record.subject()).contains(PARENT);
		assertThat(record.title().en()).isEqualTo("Test record " + event.matter());
		assertThat(record.department()).contains("building");
		assertThat(record.retention()).isEqualTo(RetentionClass.disposeAfterYears(2));
		assertThat(record.audience()).isEqualTo(Audience.SUBJECT);
		assertThat(record.occurredAt()).isEqualTo(Instant.parse("2026-11-26T21:30:00.123456Z"));
		assertThat(record.documents()).containsExactly(receipt);
		assertThat(record.content()).hasValueSatisfying(content -> assertThat(content)
				.startsWith("{\"at\":\"2026-11-26T21:30:00.123456789Z\",\"documents\":[{\"sha256\":\"" + receipt.sha256() + "\"}],")
				.contains("\"figures\":{\"apple\":2,\"zebra\":1}")
				.doesNotContain("\n", "\": ", ", \""));
		assertThat(records.find(record.id())).contains(record);
		assertThat(records.head()).isGreaterThanOrEqualTo(record.sequence());
	}

	@Test
	void theSameEventFiledTwiceIsOneRecord() {
		TestRecord event = TestRecord.about(PARENT, List.of());

		FilingRecords.Filed first = filing.file(event);
		FilingRecords.Filed second = filing.file(event);

		assertThat(first.added()).isTrue();
		assertThat(second.added()).isFalse();
		assertThat(second.sequence()).isEqualTo(first.sequence());
		assertThat(records.ofMatter(event.matter())).hasSize(1);
	}

	@Test
	void concurrentFilersLeaveNoGapInTheSequenceAndEachRecordLinksToTheOneBefore() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<Callable<Long>> work = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			work.add(() -> filing.file(TestRecord.about(PARENT, List.of())).sequence());
		}
		List<Long> sequences = new ArrayList<>();
		try {
			for (Future<Long> done : threads.invokeAll(work)) {
				sequences.add(done.get());
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(sequences).doesNotHaveDuplicates().hasSize(80);
		// The whole archive, read at one moment: sequences 1..head, each once.
		var chain = jdbc.sql("SELECT count(*) AS records, max(sequence) AS last, (SELECT sequence FROM archive_chain) AS head "
				+ "FROM archive_record").query((row, n) -> new long[] {row.getLong("records"), row.getLong("last"), row.getLong("head")})
				.single();
		assertThat(chain[0]).isEqualTo(chain[1]).isEqualTo(chain[2]);
		assertThat(jdbc.sql("SELECT count(*) FROM archive_record r LEFT JOIN archive_record before ON before.sequence = r.sequence - 1 "
						+ "WHERE r.sequence IN (:sequences) AND r.prev_hash = coalesce(before.hash, repeat('0', 64))")
				.param("sequences", sequences).query(Long.class).single())
				.isEqualTo(80);
	}

	@Test
	void aRecordFiledInATransactionThatRollsBackStaysFiled() {
		TestRecord event = TestRecord.about(PARENT, List.of());

		transactions.executeWithoutResult(status -> {
			filing.file(event);
			status.setRollbackOnly();
		});

		assertThat(records.ofMatter(event.matter())).hasSize(1);
	}

	@Test
	void aFilingThatFailsBeforeItsCommitIsFiledWhenItsPublicationIsHandedOverAgainAndOnlyOnce() {
		TestRecord event = TestRecord.about(PARENT, List.of()).failingOnce();

		transactions.executeWithoutResult(status -> events.publishEvent(event));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> publications(event, "completion_date IS NULL AND status = 'FAILED'") == 1);
		assertThat(records.ofMatter(event.matter())).isEmpty();

		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof TestRecord record
				&& record.eventId().equals(event.eventId()));
		awaitRecords(event.matter(), 1);

		// The registry hands it over once more (a node that died after filing, before completing the publication).
		jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' WHERE serialized_event LIKE ?")
				.param("%" + event.eventId() + "%").update();
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof TestRecord record
				&& record.eventId().equals(event.eventId()));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> publications(event, "completion_date IS NULL") == 0);
		assertThat(records.ofMatter(event.matter())).hasSize(1);
	}

	@Test
	void aRecordIsNeitherChangedNorDeletedButDisposalLeavesATombstoneWithItsPlaceInTheChain() {
		TestRecord event = TestRecord.about(PARENT, List.of());
		ArchivedRecord filed = records.find(filing.file(event).id()).orElseThrow();

		assertThatThrownBy(() -> jdbc.sql("UPDATE archive_record SET title_en = 'Something else' WHERE id = ?")
				.param(filed.id()).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM archive_record WHERE id = ?").param(filed.id()).update())
				.hasMessageContaining("append-only");
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			jdbc.sql("SELECT set_config('cityhall.archive.disposing', ?, true)").param(filed.id().toString()).query(String.class).single();
			jdbc.sql("UPDATE archive_record SET hash = repeat('1', 64) WHERE id = ?").param(filed.id()).update();
		})).hasMessageContaining("append-only");

		boolean disposed = jdbc.sql("SELECT archive_dispose(?, 'test disposal decision')").param(filed.id())
				.query(Boolean.class).single();

		ArchivedRecord tombstone = records.find(filed.id()).orElseThrow();
		assertThat(disposed).isTrue();
		assertThat(tombstone.disposed()).isTrue();
		assertThat(tombstone.disposal()).contains("test disposal decision");
		assertThat(tombstone.sequence()).isEqualTo(filed.sequence());
		assertThat(tombstone.hash()).isEqualTo(filed.hash());
		assertThat(tombstone.recordType()).isEqualTo(filed.recordType());
		assertThat(tombstone.subject()).isEmpty();
		assertThat(tombstone.content()).isEmpty();
		assertThat(tombstone.title()).isNull();
	}

	private List<ArchivedRecord> awaitRecords(String matter, int count) {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> records.ofMatter(matter), found -> found.size() == count);
	}

	private int publications(TestRecord event, String condition) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND " + condition)
				.param("%" + event.eventId() + "%").query(Integer.class).single();
	}
}
