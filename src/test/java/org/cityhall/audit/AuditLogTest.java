package org.cityhall.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cityhall.audit.Reads.byOfficer;
import static org.cityhall.audit.Reads.randomStaff;
import static org.cityhall.audit.Reads.randomSubject;

@CityHallWebTest
class AuditLogTest {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aRecordedReadIsFoundBySubjectAndByActorNewestFirst() {
		String subject = randomSubject();
		String officer = randomStaff("officer");
		String agent = randomStaff("contact-centre-agent");
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		log.recordRead(byOfficer(officer, subject, "profile"));
		log.recordRead(new AuditLog.Read(agent, "Contact Centre Agent", "contact-centre-agent", subject,
				"case:HP-2026-000123", "contact-centre-call", "phone"));
		log.recordRead(byOfficer(officer, subject, "documents"));
		Instant after = Instant.now().plusMillis(1);

		List<AuditRecord> bySubject = log.search(AuditQuery.all().withSubject(subject));
		assertThat(bySubject).extracting(AuditRecord::what).containsExactly("documents", "case:HP-2026-000123", "profile");
		assertThat(bySubject).extracting(AuditRecord::at).isSortedAccordingTo((a, b) -> b.compareTo(a))
				.allSatisfy(at -> assertThat(at).isBetween(before, after));
		AuditRecord call = bySubject.get(1);
		assertThat(call.id().version()).isEqualTo(7);
		assertThat(call).extracting(AuditRecord::actorId, AuditRecord::actorName, AuditRecord::actorRole, AuditRecord::subjectId,
				AuditRecord::purpose, AuditRecord::channel)
				.containsExactly(agent, "Contact Centre Agent", "contact-centre-agent", subject, "contact-centre-call", "phone");

		assertThat(log.search(AuditQuery.all().withActor(officer))).extracting(AuditRecord::what)
				.containsExactly("documents", "profile");
		assertThat(log.search(AuditQuery.all().withSubject(subject).withWhatPrefix("case:"))).extracting(AuditRecord::actorId)
				.containsExactly(agent);
		assertThat(log.search(AuditQuery.all().withSubject(subject).withPurpose("case-handling"))).hasSize(2);
		assertThat(log.search(AuditQuery.all().withSubject(subject).between(before, after))).hasSize(3);
		assertThat(log.search(AuditQuery.all().withSubject(subject).between(after, null))).isEmpty();
		assertThat(log.search(AuditQuery.all().withSubject(subject).between(null, before))).isEmpty();
	}

	@Test
	void readsRecordedTogetherAreEachARecordWithAllTheirFields() {
		String child = randomSubject();
		String parent = randomSubject();
		String officer = randomStaff("officer");

		log.recordReads(List.of(byOfficer(officer, child, "search:BL-2026-000001"),
				new AuditLog.Read(officer, "Officer", "officer", parent, "search:BL-2026-000002", "search", "web")));
		log.recordReads(List.of());

		assertThat(log.search(AuditQuery.all().withSubject(child))).singleElement()
				.satisfies(read -> assertThat(read.what()).isEqualTo("search:BL-2026-000001"));
		assertThat(log.search(AuditQuery.all().withSubject(parent))).singleElement().satisfies(read -> {
			assertThat(read.actorId()).isEqualTo(officer);
			assertThat(read.actorName()).isEqualTo("Officer");
			assertThat(read.actorRole()).isEqualTo("officer");
			assertThat(read.purpose()).isEqualTo("search");
			assertThat(read.channel()).isEqualTo("web");
		});
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveARecord() {
		String subject = randomSubject();
		log.recordRead(byOfficer(randomStaff("officer"), subject, "profile"));
		UUID id = log.search(AuditQuery.all().withSubject(subject)).get(0).id();

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET purpose = 'curiosity' WHERE id = :id").param("id", id).update())
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining("audit_record is append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE id = :id").param("id", id).update())
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining("audit_record is append-only");
		// Rolled back whatever happens, so a failure here cannot take other tests' rows with it.
		TransactionTemplate rolledBack = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> rolledBack.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("TRUNCATE audit_record").update();
		})).isInstanceOf(DataAccessException.class).hasMessageContaining("audit_record is append-only");

		assertThat(log.search(AuditQuery.all().withSubject(subject))).singleElement()
				.extracting(AuditRecord::id, AuditRecord::purpose).containsExactly(id, "case-handling");
		assertThat(jdbc.sql("SELECT has_table_privilege('public', 'audit_record', 'UPDATE')"
				+ " OR has_table_privilege('public', 'audit_record', 'DELETE')").query(Boolean.class).single()).isFalse();
	}

	@Test
	void aReadWhoseTransactionRollsBackLeavesNoRecord() {
		String subject = randomSubject();
		TransactionTemplate business = new TransactionTemplate(transactions);

		assertThatThrownBy(() -> business.executeWithoutResult(status -> {
			log.recordRead(byOfficer(randomStaff("officer"), subject, "care-diary"));
			assertThat(log.search(AuditQuery.all().withSubject(subject))).as("seen inside the transaction").hasSize(1);
			throw new IllegalStateException("the read failed after it was audited");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(log.search(AuditQuery.all().withSubject(subject))).isEmpty();
	}

	@Test
	void anAuditedReadWhoseTransactionCommitsKeepsItsRecord() {
		String subject = randomSubject();
		TransactionTemplate business = new TransactionTemplate(transactions);

		Integer data = business.execute(status -> {
			log.recordRead(byOfficer(randomStaff("officer"), subject, "care-diary"));
			return jdbc.sql("SELECT 42").query(Integer.class).single();
		});

		assertThat(data).isEqualTo(42);
		assertThat(log.search(AuditQuery.all().withSubject(subject))).extracting(AuditRecord::what).containsExactly("care-diary");
	}

	@Test
	void aReadOutsideAnyTransactionIsKeptAtOnce() {
		String subject = randomSubject();

		log.recordRead(byOfficer(randomStaff("officer"), subject, "documents"));

		assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE subject_id = :subject").param("subject", subject)
				.query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void aPageHoldsAtMost200Records() {
		String subject = randomSubject();
		String officer = randomStaff("officer");
		for (int i = 0; i < 205; i++) {
			log.recordRead(byOfficer(officer, subject, "case:HP-2026-" + String.format("%06d", i)));
		}

		assertThat(AuditQuery.all().page(1_000, 0).limit()).isEqualTo(AuditQuery.MAX_LIMIT);
		List<AuditRecord> first = log.search(AuditQuery.all().withSubject(subject).page(1_000, 0));
		List<AuditRecord> rest = log.search(AuditQuery.all().withSubject(subject).page(1_000, 200));
		assertThat(first).hasSize(200);
		assertThat(rest).hasSize(5);
		List<String> all = new ArrayList<>();
		first.forEach(read -> all.add(read.what()));
		rest.forEach(read -> all.add(read.what()));
		assertThat(all).doesNotHaveDuplicates().startsWith("case:HP-2026-000204").endsWith("case:HP-2026-000000");
		assertThat(log.readsOf(subject, Set.of(), 1_000)).hasSize(200);
	}

	@Test
	void readsOfGivesOnlyThatPersonsReadsOfTheKindsAsked() {
		String person = randomSubject();
		String someoneElse = randomSubject();
		String relative = randomSubject();
		log.recordRead(new AuditLog.Read(relative, "Consenting Relative", "relative", person, "care-diary",
				"consent:care-diary", "web"));
		log.recordRead(byOfficer(randomStaff("officer"), person, "case:HP-2026-000123"));
		log.recordRead(byOfficer(randomStaff("officer"), person, "profile"));
		log.recordRead(byOfficer(randomStaff("officer"), someoneElse, "care-diary"));

		assertThat(log.readsOf(person, Set.of("care-diary", "case:"), 10)).extracting(AuditRecord::what)
				.containsExactly("case:HP-2026-000123", "care-diary");
		assertThat(log.readsOf(person, Set.of("care-diary"), 10)).extracting(AuditRecord::actorId).containsExactly(relative);
		assertThat(log.readsOf(person, Set.of(), 10)).extracting(AuditRecord::subjectId).containsOnly(person).hasSize(3);
		assertThat(log.readsOf(person, Set.of(), 1)).extracting(AuditRecord::what).containsExactly("profile");
	}

	@Test
	void aReadWithoutItsPurposeCannotBeRecorded() {
		assertThatThrownBy(() -> new AuditLog.Read("staff:officer", "Officer", "officer", randomSubject(), "profile", " ", "web"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("purpose");
	}

	@Test
	void aQueryWithFromAfterToIsRefused() {
		Instant now = Instant.now();
		assertThatThrownBy(() -> AuditQuery.all().between(now, now.minusSeconds(1)))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
