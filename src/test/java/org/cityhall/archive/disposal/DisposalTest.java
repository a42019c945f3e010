package org.cityhall.archive.disposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityhall.archive.ArchiveFixtures;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchiveVerification;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.RetentionClass;
import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Disposal proposes what is due, disposes of nothing without an archivist's approval, and leaves tombstones. */
@CityHallWebTest
class DisposalTest {

	static final Instant LONG_AGO = Instant.parse("2012-03-01T09:00:00Z");

	@Autowired
	Disposals disposals;

	@Autowired
	FilingRecords filing;

	@Autowired
	ArchiveRecords records;

	@Autowired
	ArchiveVerification verification;

	ArchiveFixtures archive;

	@BeforeEach
	void fixtures() {
		archive = new ArchiveFixtures(filing, records);
	}

	@Test
	void aProposalListsOnlyRecordsOfClosedMattersWhoseRetentionEndedNeverKeptOnesOrOpenMatters() {
		Party.Person resident = ArchiveFixtures.resident();
		String closed = ArchiveFixtures.matter();
		ArchivedRecord submitted = archive.file(closed, resident, "cases.submitted", LONG_AGO, RetentionClass.disposeAfterYears(2), false);
		ArchivedRecord kept = archive.file(closed, resident, "cases.decided", LONG_AGO.plusSeconds(60), RetentionClass.KEEP, true);
		String recent = ArchiveFixtures.matter();
		ArchivedRecord notYet = archive.file(recent, resident, "cases.decided", Instant.now().minusSeconds(86_400),
				RetentionClass.disposeAfterYears(2), true);
		String reopened = ArchiveFixtures.matter();
		ArchivedRecord decidedThenReopened = archive.file(reopened, resident, "cases.decided", LONG_AGO, RetentionClass.disposeAfterYears(2), true);
		archive.file(reopened, resident, "cases.message-posted", LONG_AGO.plusSeconds(3600), RetentionClass.disposeAfterYears(2), false);
		String neverClosed = ArchiveFixtures.matter();
		ArchivedRecord open = archive.file(neverClosed, resident, "cases.submitted", LONG_AGO, RetentionClass.disposeAfterYears(1), false);

		DisposalList list = disposals.propose("staff:archivist").orElseThrow();

		List<UUID> listed = list.items().stream().map(DisposalList.Item::recordId).toList();
		assertThat(listed).contains(submitted.id())
				.doesNotContain(kept.id(), notYet.id(), decidedThenReopened.id(), open.id());
		DisposalList.Item item = list.items().stream().filter(i -> i.recordId().equals(submitted.id())).findFirst().orElseThrow();
		assertThat(item.matterClosedAt()).isEqualTo(kept.occurredAt());
		assertThat(item.retentionEndedAt()).isEqualTo(Instant.parse("2014-03-01T09:01:00Z"));
		assertThat(list.proposedBy()).isEqualTo("staff:archivist");
		assertThat(list.reference()).matches("GA-\\d{4}-\\d{6}");
	}

	@Test
	void nothingIsDisposedOfWithoutApprovalAndARejectedListDisposesOfNothing() {
		String matter = ArchiveFixtures.matter();
		ArchivedRecord record = archive.file(matter, ArchiveFixtures.resident(), "cases.decided", LONG_AGO,
				RetentionClass.disposeAfterYears(3), true);

		DisposalList list = disposals.propose(Disposals.JOB).orElseThrow();
		assertThat(list.items()).extracting(DisposalList.Item::recordId).contains(record.id());
		assertThat(records.find(record.id()).orElseThrow().disposed()).as("proposed, not yet disposed").isFalse();

		DisposalList rejected = disposals.reject(list.id(), "staff:archivist", "The matter is subject to an appeal");

		assertThat(rejected.status()).isEqualTo(DisposalList.Status.REJECTED);
		assertThat(rejected.decidedBy()).contains("staff:archivist");
		assertThat(rejected.reason()).contains("The matter is subject to an appeal");
		ArchivedRecord after = records.find(record.id()).orElseThrow();
		assertThat(after.disposed()).isFalse();
		assertThat(after.content()).isEqualTo(record.content());
		assertThatThrownBy(() -> disposals.approve(list.id(), "staff:archivist"))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("already rejected");
		assertThat(disposals.propose(Disposals.JOB).orElseThrow().items()).extracting(DisposalList.Item::recordId)
				.as("a rejected list's records may be proposed again").contains(record.id());
	}

	@Test
	void approvalLeavesTombstonesThatKeepIdSequenceHashTypeAndDecisionAndTheChainStillVerifies() {
		Party.Person resident = ArchiveFixtures.resident();
		String matter = ArchiveFixtures.matter();
		ArchivedRecord submitted = archive.file(matter, resident, "cases.submitted", LONG_AGO, RetentionClass.disposeAfterYears(2), false);
		ArchivedRecord decided = archive.file(matter, resident, "cases.decided", LONG_AGO.plusSeconds(60), RetentionClass.KEEP, true);

		DisposalList list = disposals.propose("staff:archivist").orElseThrow();
		DisposalList approved = disposals.approve(list.id(), "staff:archivist-2");

		assertThat(approved.status()).isEqualTo(DisposalList.Status.APPROVED);
		assertThat(approved.decidedBy()).contains("staff:archivist-2");
		assertThat(approved.items()).filteredOn(i -> i.recordId().equals(submitted.id())).singleElement()
				.satisfies(i -> assertThat(i.disposed()).isTrue());
		ArchivedRecord tombstone = records.find(submitted.id()).orElseThrow();
		assertThat(tombstone.disposal()).contains(list.reference());
		assertThat(tombstone.sequence()).isEqualTo(submitted.sequence());
		assertThat(tombstone.hash()).isEqualTo(submitted.hash());
		assertThat(tombstone.recordType()).isEqualTo("cases.submitted");
		assertThat(tombstone.content()).isEmpty();
		assertThat(tombstone.subject()).isEmpty();
		assertThat(tombstone.title()).isNull();
		assertThat(records.find(decided.id()).orElseThrow().disposed()).as("kept for ever").isFalse();
		assertThat(verification.verify().problem()).as("the whole chain, tombstones included").isEmpty();
	}
}
