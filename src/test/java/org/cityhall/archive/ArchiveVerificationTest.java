package org.cityhall.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.cityhall.archive.VerificationReport.Kind;
import org.cityhall.archive.VerificationReport.Problem;
import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.archive.signing.Checkpoints;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering is found at exactly the record it touched. Each test tampers inside a transaction of its
 * own that it rolls back, with the append-only triggers off for that transaction only
 * ({@code session_replication_role = replica}), so no other test ever sees the damage.
 */
@CityHallWebTest
class ArchiveVerificationTest {

	private static final Party.Person ELDERLY = new Party.Person(PersonalIdentityNumber.parse("193902149867"), "Birgitta Holm");

	@Autowired
	FilingRecords filing;

	@Autowired
	ArchiveVerification verification;

	@Autowired
	DocumentStore documents;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void anUntouchedArchiveVerifiesWithItsDocumentsAndCheckpoints() {
		DocumentId document = newDocument();
		filing.file(TestRecord.about(ELDERLY, List.of(document)));
		checkpoints.sign();

		VerificationReport report = verification.verify();

		assertThat(report.problem()).isEmpty();
		assertThat(report.intact()).isTrue();
		assertThat(report.records()).isEqualTo(report.head()).isPositive();
		assertThat(report.documents()).isPositive();
		assertThat(report.checkpoints()).isPositive();
	}

	@Test
	void oneByteChangedInADocumentIsFoundAtTheRecordThatHoldsIt() {
		DocumentId document = newDocument();
		FilingRecords.Filed filed = filing.file(TestRecord.about(ELDERLY, List.of(document)));

		Problem problem = tamperedThenVerified(sql -> sql.sql(
				"UPDATE documents_content SET content = set_byte(content, 3, get_byte(content, 3) # 1) WHERE sha256 = ?")
				.param(document.sha256()).update());

		assertThat(problem.kind()).isEqualTo(Kind.DOCUMENT_ALTERED);
		assertThat(problem.sequence()).isEqualTo(filed.sequence());
		assertThat(problem.record()).contains(filed.id());
	}

	@Test
	void aDocumentGoneFromTheStoreIsFoundAtTheRecordThatHoldsIt() {
		DocumentId document = newDocument();
		FilingRecords.Filed filed = filing.file(TestRecord.about(ELDERLY, List.of(document)));

		Problem problem = tamperedThenVerified(sql -> sql.sql("DELETE FROM documents_content WHERE sha256 = ?")
				.param(document.sha256()).update());

		assertThat(problem.kind()).isEqualTo(Kind.DOCUMENT_MISSING);
		assertThat(problem.sequence()).isEqualTo(filed.sequence());
	}

	@Test
	void oneByteChangedInARecordRowIsFoundAtThatRecord() {
		FilingRecords.Filed filed = filing.file(TestRecord.about(ELDERLY, List.of()));

		Problem problem = tamperedThenVerified(sql -> sql.sql(
				"UPDATE archive_record SET content = replace(content, '\"apple\":2', '\"apple\":3') WHERE id = ?")
				.param(filed.id()).update());

		assertThat(problem.kind()).isEqualTo(Kind.RECORD_ALTERED);
		assertThat(problem.sequence()).isEqualTo(filed.sequence());
		assertThat(problem.record()).contains(filed.id());
	}

	@Test
	void aChangedTitleIsFoundAtThatRecordToo() {
		FilingRecords.Filed filed = filing.file(TestRecord.about(ELDERLY, List.of()));

		Problem problem = tamperedThenVerified(sql -> sql.sql("UPDATE archive_record SET title_en = 'Test recorc' WHERE id = ?")
				.param(filed.id()).update());

		assertThat(problem.kind()).isEqualTo(Kind.RECORD_ALTERED);
		assertThat(problem.sequence()).isEqualTo(filed.sequence());
	}

	@Test
	void aDeletedRecordIsFoundAsTheMissingSequence() {
		FilingRecords.Filed filed = filing.file(TestRecord.about(ELDERLY, List.of()));
		filing.file(TestRecord.about(ELDERLY, List.of()));

		Problem problem = tamperedThenVerified(sql -> sql.sql("DELETE FROM archive_record WHERE id = ?").param(filed.id()).update());

		assertThat(problem.kind()).isEqualTo(Kind.RECORD_MISSING);
		assertThat(problem.sequence()).isEqualTo(filed.sequence());
		assertThat(problem.record()).isEmpty();
	}

	@Test
	void aRecordRewrittenWithItsHashesRecomputedBreaksTheSignedCheckpoint() {
		FilingRecords.Filed filed = filing.file(TestRecord.about(ELDERLY, List.of()));
		checkpoints.sign();

		// Whoever rewrites a record and every hash after it still cannot sign the new head with the city's key.
		Problem problem = tamperedThenVerified(sql -> sql.sql(
				"UPDATE archive_checkpoint SET hash = repeat('a', 64) WHERE sequence = ?").param(filed.sequence()).update());

		assertThat(problem.kind()).isIn(Kind.CHECKPOINT_SIGNATURE_INVALID, Kind.CHECKPOINT_MISMATCH);
		assertThat(problem.sequence()).isGreaterThanOrEqualTo(filed.sequence());
	}

	@Test
	void aTombstoneLeftByDisposalStillVerifies() {
		FilingRecords.Filed filed = filing.file(TestRecord.about(ELDERLY, List.of(newDocument())));
		filing.file(TestRecord.about(ELDERLY, List.of()));

		VerificationReport report = inTransactionRolledBack(() -> {
			jdbc.sql("SELECT archive_dispose(?, 'test disposal')").param(filed.id()).query(Boolean.class).single();
			return verification.verify();
		});

		assertThat(report.problem()).isEmpty();
	}

	private Problem tamperedThenVerified(Consumer<JdbcClient> tampering) {
		VerificationReport report = inTransactionRolledBack(() -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			tampering.accept(jdbc);
			return verification.verify();
		});
		assertThat(report.intact()).isFalse();
		return report.problem().orElseThrow();
	}

	/** Repeatable read, so the verification sees one moment however much is filed meanwhile. */
	private VerificationReport inTransactionRolledBack(java.util.function.Supplier<VerificationReport> work) {
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return transaction.execute(status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

	private DocumentId newDocument() {
		return documents.store(("Beslut " + System.nanoTime() + " om hemtjänst").getBytes(), "text/plain").id();
	}
}
