package org.cityhall.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.cases.CaseLists;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.Drafts;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.MutableClock;
import org.cityhall.testing.SignedInAs;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * My pages keeps what it showed of a person's cases and drafts, and shows it again only while nothing
 * of theirs has been written since: whatever writes a case or a draft, the change is on the page at once.
 */
@CityHallWebTest
class KeptCasesSectionTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	CaseLists lists;

	@Autowired
	CaseLines lines;

	@Autowired
	Drafts drafts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	MessageSource messages;

	@Test
	void aCaseWrittenAfterMyPagesWasShownIsOnItAtOnce() throws Exception {
		PersonalIdentityNumber person = TestRecipients.newResident();
		String own = add(person.value(), person.value(), "SUBMITTED");
		assertThat(myPages(person)).contains(own, "cityhall-status--submitted");
		assertThat(myPages(person)).as("shown again as kept").contains(own, "cityhall-status--submitted");

		jdbc.sql("UPDATE cases_case SET status = 'DECIDED' WHERE number = ?").param(own).update();
		assertThat(myPages(person)).contains(own, "cityhall-status--decided").doesNotContain("cityhall-status--submitted");

		String aboutThem = add(TestRecipients.newResident().value(), person.value(), "IN_PROGRESS");
		assertThat(myPages(person)).as("a case someone else made about the person").contains(aboutThem, own);

		jdbc.sql("DELETE FROM cases_case WHERE number = ?").param(own).update();
		assertThat(myPages(person)).contains(aboutThem).doesNotContain(own);
	}

	@Test
	void aDraftStartedOrSubmittedAfterMyPagesWasShownIsOnItAtOnce() throws Exception {
		PersonalIdentityNumber person = TestRecipients.newResident();
		String own = add(person.value(), person.value(), "RECEIVED");
		assertThat(myPages(person)).contains(own).doesNotContain("/check");

		UUID draft = UUID.randomUUID();
		jdbc.sql("INSERT INTO cases_draft (id, eservice_id, owner_id, subject_type, subject_id, subject_name, representation, channel, "
				+ "answers, created_at, updated_at, expires_at) VALUES (?, 'map-order', ?, 'person', ?, 'Test Person', 'SELF', 'web', "
				+ "'{}'::jsonb, now(), now(), now() + interval '30 days')").params(draft, person.value(), person.value()).update();
		assertThat(myPages(person)).contains("/applications/" + draft + "/check", own);

		jdbc.sql("UPDATE cases_draft SET case_id = ? WHERE id = ?").params(UUID.randomUUID(), draft).update();
		assertThat(myPages(person)).doesNotContain("/applications/" + draft + "/check").contains(own);
	}

	@Test
	void whileNothingOfThePersonsIsWrittenOnlyTheNumberOfWritesIsRead() {
		PersonalIdentityNumber person = TestRecipients.newResident();
		add(person.value(), person.value(), "SUBMITTED");
		MutableClock clock = new MutableClock(Instant.now());
		CasesSection section = new CasesSection(lists, lines, drafts, catalogue, messages, clock);

		Shown first = shown(section, person);
		assertThat(first.content()).isPresent();
		assertThat(first.reads()).as("the number, the drafts and the cases, together").hasSize(3);

		Shown again = shown(section, person);
		assertThat(again.reads()).as("only the number").hasSize(1);
		assertThat(again.content()).isEqualTo(first.content());

		add(TestRecipients.newResident().value(), person.value(), "SUBMITTED");
		Shown afterAWrite = shown(section, person);
		assertThat(afterAWrite.reads()).as("the number, then the drafts and the cases again").hasSize(3);
		assertThat(afterAWrite.content()).isNotEqualTo(first.content());
		assertThat(shown(section, person).reads()).hasSize(1);

		clock.advance(CasesSection.KEPT_FOR);
		assertThat(shown(section, person).reads()).as("made again when kept for long enough").hasSize(3);

		assertThat(shown(section, person, Locale.ENGLISH).reads()).as("each language is kept apart").hasSize(3);
	}

	@Test
	void everyWriteOfACaseOrADraftRaisesTheNumberOfEachPersonItConcerns() {
		String applicant = TestRecipients.newResident().value();
		String subject = TestRecipients.newResident().value();
		String number = add(applicant, subject, "SUBMITTED");
		long applicantWrites = writes(applicant);
		long subjectWrites = writes(subject);
		assertThat(applicantWrites).isPositive();
		assertThat(subjectWrites).isPositive();

		jdbc.sql("UPDATE cases_case SET status = 'RECEIVED' WHERE number = ?").param(number).update();
		assertThat(writes(applicant)).isEqualTo(applicantWrites + 1);
		assertThat(writes(subject)).isEqualTo(subjectWrites + 1);

		String bystander = TestRecipients.newResident().value();
		add(bystander, bystander, "SUBMITTED");
		long bystanderWrites = writes(bystander);
		jdbc.sql("DELETE FROM cases_case WHERE number = ?").param(number).update();
		assertThat(writes(applicant)).isEqualTo(applicantWrites + 2);
		assertThat(writes(subject)).isEqualTo(subjectWrites + 2);
		assertThat(writes(bystander)).as("someone else's number is left alone").isEqualTo(bystanderWrites);
		assertThat(writes(TestRecipients.newResident().value())).as("nobody's cases written yet").isZero();
	}

	private String myPages(PersonalIdentityNumber person) throws Exception {
		return mvc.perform(get("/my-pages").with(SignedInAs.resident(person, "Test Person")).locale(SWEDISH)).andReturn().getResponse()
				.getContentAsString();
	}

	private long writes(String party) {
		return lists.writesOf(party, MyPagesReads.together(jdbcTemplate)).get();
	}

	/** What the section showed, and which statements it queued to show it. */
	private record Shown(Optional<MyPagesSection.Content> content, List<String> reads) {
	}

	private Shown shown(CasesSection section, PersonalIdentityNumber person) {
		return shown(section, person, SWEDISH);
	}

	private Shown shown(CasesSection section, PersonalIdentityNumber person, Locale locale) {
		MyPagesReads together = MyPagesReads.together(jdbcTemplate);
		List<String> queued = new ArrayList<>();
		MyPagesReads recorded = new MyPagesReads() {
			@Override
			public <T> Supplier<List<T>> query(String sql, RowMapper<T> rows, Object... args) {
				queued.add(sql);
				return together.query(sql, rows, args);
			}
		};
		Principal signedIn = person::value;
		return new Shown(section.prepare(signedIn, locale, recorded).get(), queued);
	}

	/** A case as a submission leaves it; returns its number. */
	private String add(String applicant, String subject, String status) {
		UUID id = UUID.randomUUID();
		String number = CaseNumber.of("TST", 2026, Math.floorMod(id.getLeastSignificantBits(), 900_000_000L) + 1).value();
		Instant now = Instant.now();
		jdbc.sql("INSERT INTO cases_case (id, number, eservice_id, definition_version, department, kind, channel, applicant_type, "
				+ "applicant_id, applicant_name, subject_type, subject_id, subject_name, representation, status, submitted_at, "
				+ "due_at, answers, checksum, idempotency_key, updated_at) "
				+ "VALUES (?, ?, 'map-order', 'test', 'city-planning', 'application', 'web', 'person', ?, 'Test Person', 'person', "
				+ "?, 'Test Person', 'SELF', ?, ?, ?, '{}'::jsonb, 'test', ?, ?)")
				.params(id, number, applicant, subject, status, Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(20))),
						"test:" + id, Timestamp.from(now))
				.update();
		return number;
	}
}
