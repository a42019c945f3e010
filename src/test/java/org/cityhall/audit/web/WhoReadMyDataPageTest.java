package org.cityhall.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditRecord;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityhall.audit.Reads.randomStaff;
import static org.cityhall.audit.Reads.randomSubject;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityHallWebTest
class WhoReadMyDataPageTest {

	private static final String PERSON = "198504121234";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	@Test
	void aPersonSeesWhoReadTheirDataWhenAndWhyAndNobodyElsesReads() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String careOfficer = randomStaff("officer");
		String agent = randomStaff("contact-centre-agent");
		log.recordRead(new AuditLog.Read(careOfficer, "Care Officer " + marker, "officer", PERSON, "care-diary", "case-handling", "web"));
		log.recordRead(new AuditLog.Read(agent, "Call Agent " + marker, "contact-centre-agent", randomSubject(), "profile",
				"contact-centre-call", "phone"));
		AuditRecord read = log.readsOf(PERSON, Set.of(), 200).stream()
				.filter(r -> r.actorId().equals(careOfficer)).findFirst().orElseThrow();

		String swedish = page(PERSON, "sv");
		assertThat(swedish).contains("Vem har läst mina uppgifter", "Care Officer " + marker + ", handläggare", "Omsorgsdagbok",
						"Handläggning av ärende", AuditSearchPageTest.inStockholm(read, "sv"))
				.doesNotContain("Call Agent " + marker, careOfficer, "Ingen har läst dina uppgifter");
		HtmlChecker.assertValid(swedish, "who read my data (sv)");

		String english = page(PERSON, "en");
		assertThat(english).contains("Who has read my data", "Care Officer " + marker + ", officer", "Care diary", "Handling a case",
				AuditSearchPageTest.inStockholm(read, "en"))
				.doesNotContain("Call Agent " + marker, careOfficer);
		HtmlChecker.assertValid(english, "who read my data (en)");
	}

	@Test
	void aPersonWhoseDataNobodyReadIsToldSo() throws Exception {
		String person = randomSubject();
		log.recordRead(new AuditLog.Read(randomStaff("officer"), "Officer", "officer", randomSubject(), "profile", "case-handling", "web"));

		String swedish = page(person, "sv");
		assertThat(swedish).contains("Ingen har läst dina uppgifter.").doesNotContain("<table");
		HtmlChecker.assertValid(swedish, "who read my data, nobody (sv)");
		assertThat(page(person, "en")).contains("Nobody has read your data.").doesNotContain("<table");
	}

	@Test
	void staffSignedInWithoutAPersonalIdentityNumberHaveNoReadsOfTheirOwnToSee() throws Exception {
		mvc.perform(get("/my-pages/who-read-my-data").with(user("staff:admin").roles("STAFF"))).andExpect(status().isForbidden());
	}

	@Test
	void aVisitorWhoHasNotSignedInSeesNoReads() throws Exception {
		int status = mvc.perform(get("/my-pages/who-read-my-data")).andReturn().getResponse().getStatus();

		assertThat(status).isIn(302, 401, 403);
	}

	private String page(String person, String language) throws Exception {
		var response = mvc.perform(get("/my-pages/who-read-my-data").param("lang", language).with(user(person).roles("RESIDENT")))
				.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
