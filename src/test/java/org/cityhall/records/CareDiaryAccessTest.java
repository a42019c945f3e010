package org.cityhall.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditRecord;
import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentScope;
import org.cityhall.identity.Consents;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open a care diary, on the real database and the real consents: the person, a relative while
 * the person's care-diary consent holds, staff of the person's unit; and the person's "who read my diary"
 * is what the audit log holds. Each test has persons, a unit and a diary of its own.
 */
@CityHallWebTest
class CareDiaryAccessTest {

	private static final String ELDERLY_NAME = DemoPersonas.ELDERLY.name();
	private static final String RELATIVE_NAME = DemoPersonas.RELATIVE.name();

	@Autowired
	MockMvc mvc;

	@Autowired
	CareRecordImports imports;

	@Autowired
	CareDiaries diaries;

	@Autowired
	Consents consents;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PopulationRegister population;

	PersonalIdentityNumber elderly;
	PersonalIdentityNumber relative;
	String unit;
	UUID diaryId;
	String marker;

	@BeforeEach
	void aDiaryOfItsOwn() {
		elderly = CareDiaryFixtures.elderly();
		relative = CareDiaryFixtures.relative();
		unit = CareDiaryFixtures.unit();
		marker = "Morgonhjälp " + UUID.randomUUID();
		Instant now = Instant.now();
		ImportReport report = imports.importFile("test-" + unit, CareDiaryFixtures.file(
				CareDiaryFixtures.line("D-1", elderly, unit, "decision", now.minus(200, ChronoUnit.DAYS), "Hemtjänst 20 timmar i månaden", ""),
				CareDiaryFixtures.line("N-1", elderly, unit, "note", now.minus(1, ChronoUnit.HOURS), marker, "Åt frukost, tog medicinen")));
		assertThat(report.accepted()).isEqualTo(2);
		diaryId = diaries.diaryOf(elderly).orElseThrow().id();
	}

	@Test
	void thePersonReadsTheirOwnDiaryAndTheReadIsNotCountedAsSomeoneElses() throws Exception {
		String page = page(get("/care-diary/" + diaryId), asElderly());
		assertThat(page).contains(marker).contains("Hemtjänst 20 timmar i månaden");
		assertThat(audit.readsOf(elderly.value(), Set.of(CareDiaries.AUDIT_WHAT), 10)).isEmpty();
	}

	@Test
	void aRelativeWithoutConsentIsRefused() throws Exception {
		mvc.perform(get("/care-diary/" + diaryId).with(asRelative())).andExpect(status().isForbidden());
		assertThat(audit.readsOf(elderly.value(), Set.of(CareDiaries.AUDIT_WHAT), 10)).isEmpty();
	}

	@Test
	void aRelativeWhoseConsentIsForSomethingElseIsRefused() throws Exception {
		consents.grant(elderlySelf(), relative, ConsentScope.MATTERS, LocalDate.now().plusMonths(1));
		mvc.perform(get("/care-diary/" + diaryId).with(asRelative())).andExpect(status().isForbidden());
	}

	@Test
	void aRelativeWithConsentReadsTheDiaryAndTheReadIsAudited() throws Exception {
		consents.grant(elderlySelf(), relative, ConsentScope.CARE_DIARY, LocalDate.now().plusMonths(1));
		assertThat(page(get("/care-diary/" + diaryId), asRelative())).contains(marker);
		List<AuditRecord> reads = audit.readsOf(elderly.value(), Set.of(CareDiaries.AUDIT_WHAT), 10);
		assertThat(reads).singleElement().satisfies(read -> {
			assertThat(read.actorId()).isEqualTo(relative.value());
			assertThat(read.actorRole()).isEqualTo("relative");
			assertThat(read.purpose()).isEqualTo("consent:care-diary");
		});
	}

	@Test
	void aRelativeWhoseConsentHasExpiredIsRefused() throws Exception {
		// Given ten days ago for three days, by the same consents on a clock set back.
		Clock tenDaysAgo = Clock.fixed(Instant.now().minus(10, ChronoUnit.DAYS), ZoneOffset.UTC);
		Consents past = new Consents(jdbc, population, event -> { }, tenDaysAgo);
		Consent consent = past.grant(elderlySelf(), relative, ConsentScope.CARE_DIARY,
				LocalDate.ofInstant(tenDaysAgo.instant(), Consent.ZONE).plusDays(3));
		assertThat(consent.statusAt(Instant.now())).isEqualTo(Consent.Status.EXPIRED);
		mvc.perform(get("/care-diary/" + diaryId).with(asRelative())).andExpect(status().isForbidden());
	}

	@Test
	void aRelativeWhoseConsentWasRevokedIsRefusedAtTheNextRead() throws Exception {
		Consent consent = consents.grant(elderlySelf(), relative, ConsentScope.CARE_DIARY, LocalDate.now().plusMonths(1));
		mvc.perform(get("/care-diary/" + diaryId).with(asRelative())).andExpect(status().isOk());
		consents.revoke(elderlySelf(), consent.id());
		mvc.perform(get("/care-diary/" + diaryId).with(asRelative())).andExpect(status().isForbidden());
	}

	@Test
	void aDiaryThatDoesNotExistIsRefusedAlikeSoIdsRevealNothing() throws Exception {
		mvc.perform(get("/care-diary/" + UUID.randomUUID()).with(asRelative())).andExpect(status().isForbidden());
	}

	@Test
	void aLoginBelowSubstantialIsSentToStepUp() throws Exception {
		mvc.perform(get("/care-diary/" + diaryId).with(SignedInAs.resident(elderly, ELDERLY_NAME, LevelOfAssurance.LOA2)))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/oauth2/authorization/eid?level=LOA3"));
	}

	@Test
	void staffOfThePersonsUnitReadItAndStaffOfAnotherUnitAreRefused() throws Exception {
		String staffId = "care-staff-" + unit;
		assertThat(page(get("/staff/care-diaries/" + diaryId), SignedInAs.staff(staffId, unitRole(unit)))).contains(marker);
		assertThat(audit.readsOf(elderly.value(), Set.of(CareDiaries.AUDIT_WHAT), 10)).extracting(AuditRecord::actorId)
				.containsExactly(staffId);
		mvc.perform(get("/staff/care-diaries/" + diaryId).with(SignedInAs.staff("care-staff-other", unitRole(CareDiaryFixtures.unit()))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/staff/care-diaries/" + diaryId).with(SignedInAs.staff("officer-elderly",
						ScopedRole.inDepartment("officer", "elderly-care"))))
				.andExpect(status().isForbidden());
	}

	@Test
	void staffSeeOnlyThePersonsOfTheirOwnUnit() throws Exception {
		PersonalIdentityNumber elsewhere = CareDiaryFixtures.elderly();
		String otherUnit = CareDiaryFixtures.unit();
		imports.importFile("test-" + otherUnit, CareDiaryFixtures.file(
				CareDiaryFixtures.line("N-1", elsewhere, otherUnit, "note", Instant.now().minusSeconds(60), "Inköp", "")));
		UUID otherDiary = diaries.diaryOf(elsewhere).orElseThrow().id();
		String list = page(get("/staff/care-diaries"), SignedInAs.staff("care-staff-" + unit, unitRole(unit)));
		assertThat(list).contains("/staff/care-diaries/" + diaryId).doesNotContain(otherDiary.toString());
	}

	@Test
	void whoReadMyDiaryListsExactlyTheAuditedReads() throws Exception {
		consents.grant(elderlySelf(), relative, ConsentScope.CARE_DIARY, LocalDate.now().plusMonths(1));
		page(get("/care-diary/" + diaryId), asRelative());
		page(get("/care-diary/" + diaryId), asRelative());
		page(get("/staff/care-diaries/" + diaryId), SignedInAs.staff("care-staff-" + unit, unitRole(unit)));

		List<AuditRecord> audited = audit.readsOf(elderly.value(), Set.of(CareDiaries.AUDIT_WHAT), 100);
		assertThat(audited).hasSize(3);
		String page = page(get("/care-diary/readers").param("lang", "en"), asElderly());
		String table = page.substring(page.indexOf("<tbody"), page.indexOf("</tbody>"));
		assertThat(table.split("<tr ", -1)).hasSize(audited.size() + 1);
		assertThat(table).contains(RELATIVE_NAME).contains("care-staff-" + unit)
				.contains("Relative with your consent").contains("Staff of your unit");
		for (AuditRecord read : audited) {
			assertThat(table).contains(read.at().atZone(CareDiaries.ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
					.toString().substring(0, 16));
		}
	}

	@Test
	void onlyThePersonSeesWhoReadTheirDiary() throws Exception {
		consents.grant(elderlySelf(), relative, ConsentScope.CARE_DIARY, LocalDate.now().plusMonths(1));
		page(get("/care-diary/" + diaryId), asRelative());
		// The relative's own page lists reads of the relative's data, none of them the elderly person's.
		String page = page(get("/care-diary/readers"), asRelative());
		assertThat(page).doesNotContain(RELATIVE_NAME + "</td>");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private RequestPostProcessor asElderly() {
		return SignedInAs.resident(elderly, ELDERLY_NAME);
	}

	private RequestPostProcessor asRelative() {
		return SignedInAs.resident(relative, RELATIVE_NAME);
	}

	private Actor elderlySelf() {
		return Actor.self(new Party.Person(elderly, ELDERLY_NAME), LevelOfAssurance.LOA3);
	}

	private static ScopedRole unitRole(String unit) {
		return new ScopedRole(CareDiaries.CARE_STAFF, "unit:" + unit);
	}
}
