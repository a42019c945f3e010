package org.cityhall.contact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditQuery;
import org.cityhall.identity.StaffRoles;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An agent hands a contact to a department with a note; the department's officers, and no one else, see it,
 * one takes it and closes it with what was done; the agent sees where it is on the contact; the department's
 * reading of the resident is audited, and the hand-over and its close are filed in the archive.
 */
@CityHallWebTest
class HandOverTest {

	private static final String BIRGITTA = DemoPersonas.ELDERLY.id();
	private static final RequestPostProcessor AGENT = SignedInAs.staff("contact-centre-agent", ScopedRole.cityWide(StaffRoles.CONTACT_CENTRE_AGENT));
	private static final RequestPostProcessor ELDERLY_CARE = SignedInAs.staff("officer-elderly-care",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "elderly-care"));
	private static final RequestPostProcessor ELDERLY_CARE_2 = SignedInAs.staff("officer-elderly-care-2",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "elderly-care"));
	private static final RequestPostProcessor TRAFFIC = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));
	private static final RequestPostProcessor BIRGITTA_SIGNED_IN = SignedInAs.resident(PersonalIdentityNumber.parse(BIRGITTA),
			DemoPersonas.ELDERLY.name());

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDepartmentTakesAndClosesAHandOverAndTheAgentSeesWhereItIs() throws Exception {
		String note = "Vill ha hemtjänst oftare " + UUID.randomUUID();
		String desk = lookUp();
		mvc.perform(post(desk + "/log").param("lang", "en").with(AGENT).with(csrf()).param("channel", "phone").param("topic", "elderly-care")
				.param("outcome", "handed-over").param("department", "elderly-care").param("minutes", "5"))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Write what the department should know"),
						containsString("value=\"5\""))));
		mvc.perform(post(desk + "/log").with(AGENT).with(csrf()).param("channel", "phone").param("topic", "elderly-care")
				.param("outcome", "handed-over").param("department", "elderly-care").param("minutes", "5").param("note", note))
				.andExpect(status().is3xxRedirection());
		String reference = reference(mvc.perform(get(desk).param("lang", "en").with(AGENT)).andReturn().getResponse().getContentAsString(), note);

		// The department's officers see it waiting; another department's do not, and may not open it.
		mvc.perform(get("/staff/contact/handovers").param("lang", "en").with(ELDERLY_CARE)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(reference), containsString("Waiting for the department"))));
		mvc.perform(get("/staff/contact/handovers").with(TRAFFIC)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(reference))));
		mvc.perform(get("/staff/contact/handovers/" + reference).with(TRAFFIC)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/contact/handovers/" + reference + "/take").with(TRAFFIC).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/staff/contact/handovers").with(AGENT)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/contact/handovers/" + reference).with(AGENT)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/contact/handovers/" + reference).with(BIRGITTA_SIGNED_IN)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/contact/handovers/KC-1999-000000").with(ELDERLY_CARE)).andExpect(status().isNotFound());

		// Opening it shows the resident, and that read is audited as the agent's look-up is.
		Instant before = Instant.now().minusSeconds(1);
		mvc.perform(get("/staff/contact/handovers/" + reference).param("lang", "en").with(ELDERLY_CARE)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Birgitta Holm"), containsString(note), containsString("Take the hand-over"))));
		assertThat(audit.search(AuditQuery.all().withSubject(BIRGITTA).withActor("officer-elderly-care").withPurpose("hand-over")
				.withWhatPrefix("contact:hand-over:" + reference))).anySatisfy(read -> {
					assertThat(read.at()).isAfter(before);
					assertThat(read.actorRole()).isEqualTo(StaffRoles.OFFICER);
				});

		mvc.perform(post("/staff/contact/handovers/" + reference + "/take").with(ELDERLY_CARE).with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "contact.handover.taken-now"));
		mvc.perform(post("/staff/contact/handovers/" + reference + "/take").with(ELDERLY_CARE_2).with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "contact.error.handover-not-open"));
		mvc.perform(post("/staff/contact/handovers/" + reference + "/close").param("lang", "en").with(ELDERLY_CARE_2).with(csrf())
				.param("outcome", "Ringde upp")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Only the officer who took the hand-over can close it")));
		mvc.perform(get(desk).param("lang", "en").with(AGENT)).andExpect(content().string(containsString("Taken by officer-elderly-care")));

		mvc.perform(post("/staff/contact/handovers/" + reference + "/close").param("lang", "en").with(ELDERLY_CARE).with(csrf())
				.param("outcome", " ")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Write what the department did, at most 4,000 characters")));
		String outcome = "Ringde upp och bokade ett hembesök " + UUID.randomUUID();
		mvc.perform(post("/staff/contact/handovers/" + reference + "/close").with(ELDERLY_CARE).with(csrf()).param("outcome", outcome))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/staff/contact/handovers").with(ELDERLY_CARE)).andExpect(content().string(not(containsString(reference))));
		mvc.perform(get(desk).param("lang", "en").with(AGENT)).andExpect(content().string(allOf(containsString(reference),
				containsString("Closed"), containsString(outcome))));
		mvc.perform(get("/staff/contact").param("lang", "en").with(AGENT)).andExpect(content().string(containsString(reference)));

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT record_type FROM archive_record WHERE matter = :matter").param("matter", reference).query(String.class).list())
				.containsExactlyInAnyOrder("contact.handed-over", "contact.handover-closed"));
	}

	@Test
	void theHandOversPageIsOfferedToOfficersOnly() throws Exception {
		mvc.perform(get("/staff").param("lang", "en").with(ELDERLY_CARE))
				.andExpect(content().string(containsString("href=\"/staff/contact/handovers\"")));
		mvc.perform(get("/staff").param("lang", "en").with(AGENT))
				.andExpect(content().string(not(containsString("href=\"/staff/contact/handovers\""))));
	}

	private String lookUp() throws Exception {
		return mvc.perform(post("/staff/contact/lookup").with(AGENT).with(csrf()).param("person", BIRGITTA).param("purpose", "incoming-call")
				.param("queue", "aldre-direkt")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	/** The hand-over's reference in the row of the resident's contacts that has the note. */
	private static String reference(String residentPage, String note) {
		int at = residentPage.indexOf(note);
		assertThat(at).as("the note on the resident's page").isPositive();
		Matcher matcher = Pattern.compile("KC-\\d{4}-\\d{6}").matcher(residentPage);
		assertThat(matcher.find(at)).isTrue();
		return matcher.group();
	}
}
