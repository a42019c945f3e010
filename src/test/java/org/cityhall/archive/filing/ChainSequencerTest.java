package org.cityhall.archive.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.archive.filing.ChainSequencer.Pending;
import org.cityhall.archive.filing.FilingRecords.Filed;
import org.cityhall.shared.LocalizedText;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** A batch of records is one turn at the chain's head: consecutive, linked, each key once, and one bad record fails alone. */
@CityHallWebTest
class ChainSequencerTest {

	@Autowired
	ChainSequencer sequencer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aBatchTakesConsecutiveSequencesEachLinkedToTheOneBefore() {
		List<Pending> batch = List.of(pending("first"), pending("second"), pending("third"));

		sequencer.file(batch);

		List<Filed> filed = batch.stream().map(pending -> pending.filed().join()).toList();
		assertThat(filed).allMatch(Filed::added);
		assertThat(filed.get(1).sequence()).isEqualTo(filed.get(0).sequence() + 1);
		assertThat(filed.get(2).sequence()).isEqualTo(filed.get(1).sequence() + 1);
		assertThat(hashOf(filed.get(0))).isEqualTo(prevHashOf(filed.get(1)));
		assertThat(hashOf(filed.get(1))).isEqualTo(prevHashOf(filed.get(2)));
	}

	@Test
	void aHeadAnotherNodeMovedMeanwhileIsFollowedNotOverwritten() {
		// A second node's sequencer, over the same database.
		ChainSequencer otherNode = new ChainSequencer(jdbc, transactions, Clock.systemUTC());
		Pending here = pending("here");
		Pending there = pending("there");
		Pending hereAgain = pending("here-again");

		sequencer.file(List.of(here));
		otherNode.file(List.of(there));
		sequencer.file(List.of(hereAgain));

		Filed between = there.filed().join();
		Filed after = hereAgain.filed().join();
		assertThat(between.sequence()).isGreaterThan(here.filed().join().sequence());
		assertThat(after.sequence()).isGreaterThan(between.sequence());
		assertThat(jdbc.sql("SELECT prev_hash = (SELECT hash FROM archive_record b WHERE b.sequence = r.sequence - 1) "
				+ "FROM archive_record r WHERE id = ?").param(after.id()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aKeyFiledAlreadyIsFoundThoughTheHeadIsWhereThisNodeLeftIt() {
		Pending first = pending("filed-before");
		sequencer.file(List.of(first));
		Pending again = new Pending(first.entry(), "archive", first.content());
		Pending fresh = pending("fresh");

		sequencer.file(List.of(again, fresh));

		assertThat(again.filed().join()).isEqualTo(new Filed(first.filed().join().id(), first.filed().join().sequence(), false));
		assertThat(fresh.filed().join().added()).isTrue();
	}

	@Test
	void theSameKeyTwiceInOneBatchIsOneRecord() {
		Pending first = pending("twice");
		Pending again = new Pending(first.entry(), "archive", first.content());

		sequencer.file(List.of(first, again));

		assertThat(first.filed().join().added()).isTrue();
		assertThat(again.filed().join()).isEqualTo(new Filed(first.filed().join().id(), first.filed().join().sequence(), false));
	}

	@Test
	void aRecordTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsFiled() {
		// PostgreSQL keeps no NUL character in a text column.
		Pending refused = new Pending(entry("refused", "Titel med \u0000 i"), "archive", "{}");
		List<Pending> batch = List.of(pending("before"), refused, pending("after"));

		sequencer.file(batch);

		assertThat(refused.filed()).isCompletedExceptionally();
		Filed before = batch.get(0).filed().join();
		Filed after = batch.get(2).filed().join();
		assertThat(after.sequence()).isGreaterThan(before.sequence());
		assertThat(jdbc.sql("SELECT count(*) FROM archive_record WHERE key = ?").param(refused.entry().key())
				.query(Long.class).single()).isZero();
	}

	private static Pending pending(String what) {
		return new Pending(entry(what, "Sekvenstest " + what), "archive", "{\"what\":\"" + what + "\"}");
	}

	private static ArchiveEntry entry(String what, String titleSv) {
		String matter = "SEQ-" + UUID.randomUUID();
		return ArchiveEntry.of("sequencer-test:" + what + ":" + UUID.randomUUID(), "archive.test-record",
						Instant.parse("2026-11-27T02:00:00Z"))
				.matter(matter)
				.department("building")
				.title(new LocalizedText(titleSv, "Sequencer test " + what))
				.retention(RetentionClass.disposeAfterYears(2))
				.build();
	}

	private String hashOf(Filed filed) {
		return jdbc.sql("SELECT hash FROM archive_record WHERE id = ?").param(filed.id()).query(String.class).single();
	}

	private String prevHashOf(Filed filed) {
		return jdbc.sql("SELECT prev_hash FROM archive_record WHERE id = ?").param(filed.id()).query(String.class).single();
	}
}
