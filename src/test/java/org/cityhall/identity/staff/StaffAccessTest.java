package org.cityhall.identity.staff;

import org.cityhall.identity.StaffRoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditQuery;
import org.cityhall.audit.AuditRecord;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.identity.demo.DemoStaff;
import org.cityhall.identity.staff.StaffDirectory.StaffMember;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every staff page, for every staff role: who may, who gets 403; and every read of a person audited. */
@CityHallWebTest
class StaffAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	static Stream<StaffMember> everyDemoStaffMember() {
		return DemoStaff.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyDemoStaffMember")
	void eachRoleReachesExactlyTheStaffPagesItMay(StaffMember member) throws Exception {
		RequestPostProcessor as = SignedInAs.staff(member.id(), member.roles().toArray(ScopedRole[]::new));
		Set<String> roles = member.roles().stream().map(ScopedRole::role).collect(java.util.stream.Collectors.toSet());
		boolean mayLookUp = roles.contains(StaffRoles.OFFICER) || roles.contains(StaffRoles.CONTACT_CENTRE_AGENT)
				|| roles.contains(StaffRoles.PROTECTED_IDENTITY_READER);
		boolean mayAudit = roles.contains(StaffRoles.PLATFORM_ADMINISTRATOR);

		mvc.perform(get("/staff").with(as)).andExpect(status().isOk());
		mvc.perform(get("/staff/persons").with(as)).andExpect(mayLookUp ? status().isOk() : status().isForbidden());
		mvc.perform(get("/staff/audit").with(as)).andExpect(mayAudit ? status().isOk() : status().isForbidden());
	}

	@Test
	void theStartPageListsTheModulesToolsEachMemberMayUseAndNoOthers() throws Exception {
		String sports = mvc.perform(get("/staff").with(SignedInAs.staff("officer-sports", ScopedRole.inDepartment(StaffRoles.OFFICER,
				"sports")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(sports).contains("href=\"/staff/bookings\"").doesNotContain("href=\"/staff/permits\"",
				"href=\"/staff/placement\"", "href=\"/staff/registers/imports\"", "href=\"/staff/care-diaries\"");
		String traffic = mvc.perform(get("/staff").with(SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER,
				"traffic")))).andReturn().getResponse().getContentAsString();
		assertThat(traffic).contains("href=\"/staff/permits\"", "href=\"/staff/bookings\"");
		String environment = mvc.perform(get("/staff").with(SignedInAs.staff("officer-environment",
				ScopedRole.inDepartment(StaffRoles.OFFICER, "environment-health")))).andReturn().getResponse().getContentAsString();
		assertThat(environment).contains("href=\"/staff/registers/imports\"").doesNotContain("href=\"/staff/permits\"");
		String care = mvc.perform(get("/staff").with(SignedInAs.staff("care-worker", new ScopedRole("care-staff", "unit:bromma-hemtjanst"))))
				.andReturn().getResponse().getContentAsString();
		assertThat(care).contains("href=\"/staff/care-diaries\"").doesNotContain("href=\"/staff/bookings\"");
	}

	@Test
	void residentsAndVisitorsGetNoStaffPage() throws Exception {
		var resident = SignedInAs.resident(org.cityhall.shared.PersonalIdentityNumber.parse(DemoPersonas.PARENT.id()), "Sara Lindqvist");
		for (String page : List.of("/staff", "/staff/persons", "/staff/audit")) {
			mvc.perform(get(page).with(resident)).andExpect(status().isForbidden());
			mvc.perform(get(page).with(SignedInAs.visitor("visitor@example.org"))).andExpect(status().isForbidden());
		}
	}

	@Test
	void everyMalformedIdentityNumberInTheCorpusGetsAMessageAndNever5xx() throws Exception {
		var officer = SignedInAs.staff("officer-social", ScopedRole.inDepartment(StaffRoles.OFFICER, "social"));
		List<String> corpus = org.cityhall.shared.MalformedInputCorpus.identityNumbers();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
		for (String typed : corpus) {
			var answer = mvc.perform(get("/staff/persons").param("number", typed).param("purpose", "case-handling").with(officer))
					.andReturn().getResponse();
			assertThat(answer.getStatus()).as("status for %s", typed.length() > 40 ? typed.substring(0, 40) + "…" : typed)
					.isEqualTo(400);
			assertThat(answer.getContentAsString()).contains("govuk-error-summary", "id=\"number-error\"");
		}
	}

	@Test
	void anonymousStaffPagesSendToTheStaffLogin() throws Exception {
		mvc.perform(get("/staff/persons")).andExpect(redirectedUrl("/login/staff"));
	}

	@Test
	void lookingAPersonUpIsAuditedWithWhoWhomAndWhy() throws Exception {
		Instant before = Instant.now();
		mvc.perform(get("/staff/persons").param("number", DemoPersonas.ELDERLY.id()).param("purpose", "case-handling")
						.with(SignedInAs.staff("officer-elderly-care", ScopedRole.inDepartment(StaffRoles.OFFICER, "elderly-care"))))
				.andExpect(status().isOk());

		List<AuditRecord> reads = audit.search(new AuditQuery(DemoPersonas.ELDERLY.id(), "officer-elderly-care", "profile", null,
				before, null, 10, 0));
		assertThat(reads).hasSize(1).first().satisfies(read -> {
			assertThat(read.purpose()).isEqualTo("case-handling");
			assertThat(read.actorRole()).isEqualTo(StaffRoles.OFFICER);
			assertThat(read.channel()).isEqualTo("web");
		});
	}

	@Test
	void aLookUpWithoutAPurposeIsRefusedAndNotAudited() throws Exception {
		Instant before = Instant.now();
		mvc.perform(get("/staff/persons").param("number", DemoPersonas.RELATIVE.id())
						.with(SignedInAs.staff("officer-social", ScopedRole.inDepartment(StaffRoles.OFFICER, "social"))))
				.andExpect(status().isBadRequest());
		assertThat(audit.search(new AuditQuery(DemoPersonas.RELATIVE.id(), "officer-social", null, null, before, null, 10, 0))).isEmpty();
	}
}
