package org.cityhall.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.testing.CityHallWebTest;
import org.cityhall.web.MyPagesReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The officers' inbox lists and counts, and a person's cases: a department and people of their own per test, so no other test's cases count. */
@CityHallWebTest
class CaseListsTest {

	@Autowired
	CaseLists lists;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void theInboxTabsCountOnlyTheDepartmentsOpenCases() {
		String department = "test-" + UUID.randomUUID();
		Instant now = Instant.now();
		add(department, "SUBMITTED", now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(10)), null);
		add(department, "RECEIVED", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(12)), "officer-a");
		add(department, "IN_PROGRESS", now.minus(Duration.ofDays(20)), now.plus(Duration.ofDays(8)), "officer-b");
		add(department, "AWAITING_SUPPLEMENT", now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(18)), "officer-a");
		add(department, "DECIDED", now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(60)), "officer-a");
		add(department, "CLOSED", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(370)), "officer-a");
		add(department, "WITHDRAWN", now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(20)), null);
		add("another-" + department, "SUBMITTED", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(27)), "officer-a");

		Map<CaseLists.Filter, Long> counts = lists.counts(department, "officer-a");

		assertThat(counts).containsEntry(CaseLists.Filter.NEW, 1L).containsEntry(CaseLists.Filter.MINE, 2L)
				.containsEntry(CaseLists.Filter.AWAITING_SUPPLEMENT, 1L).containsEntry(CaseLists.Filter.OVERDUE, 1L)
				.containsEntry(CaseLists.Filter.OPEN, 4L).doesNotContainKey(CaseLists.Filter.DONE);
	}

	@Test
	void theOpenCasesAreListedOldestFirst() {
		String department = "test-" + UUID.randomUUID();
		Instant now = Instant.now();
		String newest = add(department, "SUBMITTED", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(27)), null);
		String oldest = add(department, "IN_PROGRESS", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(2)), "officer-a");
		add(department, "CLOSED", now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(32)), "officer-a");
		String middle = add(department, "AWAITING_SUPPLEMENT", now.minus(Duration.ofDays(9)), now.plus(Duration.ofDays(19)), null);

		List<CaseSummary> open = lists.inbox(department, CaseLists.Filter.OPEN, "officer-a", Optional.empty(), 200);

		assertThat(open).extracting(summary -> summary.number().value()).containsExactly(oldest, middle, newest);
	}

	@Test
	void aPersonsCasesAreThoseTheyMadeAndThoseAboutThemEachOnceNewestFirst() {
		String department = "test-" + UUID.randomUUID();
		String person = "person-" + UUID.randomUUID();
		String child = "child-" + UUID.randomUUID();
		String other = "other-" + UUID.randomUUID();
		Instant now = Instant.now();
		String own = add(department, "SUBMITTED", now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(20)), null, person, person);
		String forChild = add(department, "DECIDED", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(2)), null, person, child);
		String aboutThem = add("another-" + department, "IN_PROGRESS", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(27)),
				null, other, person);
		add(department, "SUBMITTED", now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(26)), null, other, child);

		assertThat(lists.of(person, 200, MyPagesReads.together(jdbcTemplate)).get()).extracting(summary -> summary.number().value())
				.containsExactly(aboutThem, own, forChild);
		assertThat(lists.aboutParty(department, person)).extracting(summary -> summary.number().value())
				.containsExactly(own, forChild);
	}

	/** A case of the department, written as a submission and an officer's handling would leave it; returns its number. */
	private String add(String department, String status, Instant submitted, Instant due, String assignedTo) {
		return add(department, status, submitted, due, assignedTo, "195001011237", "195001011237");
	}

	private String add(String department, String status, Instant submitted, Instant due, String assignedTo, String applicant,
			String subject) {
		UUID id = UUID.randomUUID();
		String number = CaseNumber.of("TST", 2026, Math.floorMod(id.getLeastSignificantBits(), 900_000_000L) + 1).value();
		jdbc.sql("INSERT INTO cases_case (id, number, eservice_id, definition_version, department, kind, channel, applicant_type, "
				+ "applicant_id, applicant_name, subject_type, subject_id, subject_name, representation, status, submitted_at, "
				+ "due_at, assigned_to, assigned_name, answers, checksum, idempotency_key, updated_at) "
				+ "VALUES (?, ?, 'map-order', 'test', ?, 'application', 'web', 'person', ?, 'Test Person', 'person', "
				+ "?, 'Test Person', 'SELF', ?, ?, ?, ?, ?, '{}'::jsonb, 'test', ?, ?)")
				.params(id, number, department, applicant, subject, status, Timestamp.from(submitted), Timestamp.from(due), assignedTo,
						assignedTo == null ? null : "Handläggare", "test:" + id, Timestamp.from(submitted))
				.update();
		return number;
	}
}
