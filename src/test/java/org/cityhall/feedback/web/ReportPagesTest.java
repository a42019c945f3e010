package org.cityhall.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.cityhall.cases.CaseHandling;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.Cases;
import org.cityhall.cases.Decision;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reports;
import org.cityhall.feedback.RoutingRule;
import org.cityhall.feedback.RoutingRules;
import org.cityhall.identity.StaffRoles;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The report pages without a browser: mistakes at their fields, nearby reports first, following by link, satisfaction, My pages, staff. */
@CityHallWebTest
class ReportPagesTest {

	private static final RequestPostProcessor SARA = SignedInAs.resident(PersonalIdentityNumber.parse(DemoPersonas.PARENT.id()),
			DemoPersonas.PARENT.name());
	private static final RequestPostProcessor JOHAN = SignedInAs.resident(PersonalIdentityNumber.parse(DemoPersonas.CO_PARENT.id()),
			DemoPersonas.CO_PARENT.name());
	private static final ScopedRole TRAFFIC_OFFICER = ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic");

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Autowired
	Cases cases;

	@Autowired
	CaseHandling handling;

	@Autowired
	RoutingRules rules;

	@Test
	void theFormIsInBothLanguagesWithItsMap() throws Exception {
		mvc.perform(get("/feedback/report").param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Report a fault, a comment or a complaint"), containsString("id=\"report-map\""),
						containsString("Street lighting"))));
		mvc.perform(get("/feedback/report").param("lang", "sv")).andExpect(content().string(containsString("Gatubelysning")));
	}

	@Test
	void mistakesAreShownAtTheirFieldsWithWhatWasTypedKept() throws Exception {
		mvc.perform(post("/feedback/report").param("lang", "en").with(csrf()).param("category", "").param("description", "Släckt lampa")
				.param("latitude", "north").param("longitude", "18.07").param("email", "karin@"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("Choose what the report is about"),
						containsString("“north” is not a latitude"), containsString("value=\"north\""), containsString("“karin@” is not an e-mail address"),
						containsString("Släckt lampa"))));
		mvc.perform(post("/feedback/report").param("lang", "en").with(csrf()).param("category", "street-light").param("description", "Släckt"))
				.andExpect(content().string(containsString("Click on the map, write the coordinates or write an address")));
	}

	@Test
	void aReportWithoutLoginIsFollowedByItsLinkAndAskedWhetherTheReporterIsSatisfiedWhenClosed() throws Exception {
		double[] at = ReportsForTests.somewhere();
		String follow = send(post("/feedback/report").param("category", "street-light").param("description", "Lyktan är släckt, ring 070-123 45 67")
				.param("latitude", Double.toString(at[0])).param("longitude", Double.toString(at[1])));
		assertThat(follow).startsWith("/feedback/follow/");
		String page = mvc.perform(get(follow).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String reference = page.replaceAll("(?s).*id=\"reference\">([A-Z]+-\\d{4}-\\d{6})<.*", "$1");
		ReportView report = reports.find(reference).orElseThrow();
		assertThat(report.department()).isEqualTo("traffic");
		assertThat(cases.find(CaseNumber.parse(reference).orElseThrow()).orElseThrow().facts().department()).isEqualTo("traffic");
		assertThat(page).doesNotContain("Are you satisfied");
		mvc.perform(get("/feedback/reports/" + reference)).andExpect(content().string(allOf(containsString("Lyktan är släckt"), not(containsString("070-123")))));

		closeAsTrafficOfficer(reference);
		mvc.perform(get(follow).param("lang", "en")).andExpect(content().string(allOf(containsString("Are you satisfied"),
				containsString("The lamp is replaced"))));
		mvc.perform(post(follow + "/satisfaction").param("lang", "en").with(csrf())).andExpect(status().isOk())
				.andExpect(content().string(containsString("Answer yes or no")));
		mvc.perform(post(follow + "/satisfaction").with(csrf()).param("satisfied", "yes")).andExpect(status().is3xxRedirection());
		assertThat(reports.find(reference).orElseThrow().satisfied()).contains(true);
		mvc.perform(get(follow).param("lang", "en")).andExpect(content().string(allOf(not(containsString("Are you satisfied")),
				containsString("You answered that you were satisfied."))));
		mvc.perform(get("/feedback/follow/not-a-token")).andExpect(status().isNotFound());
	}

	@Test
	void openReportsNearbyAreShownBeforeSendingAndAddingToOneCountsTheReporter() throws Exception {
		double[] at = ReportsForTests.somewhere();
		String first = ReportsForTests.reference(mvc, send(post("/feedback/report").param("category", "litter").param("description", "Full papperskorg")
				.param("latitude", Double.toString(at[0])).param("longitude", Double.toString(at[1]))));
		MockHttpServletRequestBuilder again = post("/feedback/report").param("lang", "en").with(csrf()).param("category", "litter")
				.param("description", "Skräp överallt").param("latitude", Double.toString(at[0] + 0.0001)).param("longitude", Double.toString(at[1]))
				.param("key", "nearby-" + at[0]);
		mvc.perform(again).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Has someone already reported this?"), containsString(first))));
		mvc.perform(post("/feedback/reports/" + first + "/support").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(reports.find(first).orElseThrow().supporters()).isEqualTo(1);
		String second = send(post("/feedback/report").param("category", "litter").param("description", "Skräp överallt")
				.param("latitude", Double.toString(at[0] + 0.0001)).param("longitude", Double.toString(at[1])).param("confirmed", "yes"));
		assertThat(ReportsForTests.reference(mvc, second)).isNotEqualTo(first);
	}

	@Test
	void aSignedInResidentFollowsTheReportOnMyPagesAndNoOneElseSeesIt() throws Exception {
		double[] at = ReportsForTests.somewhere();
		MvcResult sent = mvc.perform(post("/feedback/report").with(SARA).with(csrf()).param("category", "park").param("description", "Gungan är trasig")
				.param("latitude", Double.toString(at[0])).param("longitude", Double.toString(at[1]))).andExpect(status().is3xxRedirection()).andReturn();
		String mine = sent.getResponse().getRedirectedUrl();
		assertThat(mine).startsWith("/my-pages/reports/");
		String reference = mine.substring("/my-pages/reports/".length());
		mvc.perform(get("/my-pages").param("lang", "en").with(SARA)).andExpect(content().string(allOf(containsString("Reports and comments"),
				containsString(mine))));
		mvc.perform(get(mine).with(SARA)).andExpect(status().isOk()).andExpect(content().string(containsString("Gungan är trasig")));
		mvc.perform(get(mine).with(JOHAN)).andExpect(status().isNotFound());
	}

	@Test
	void aComplaintAboutAServiceHasNoPublicPage() throws Exception {
		String reference = ReportsForTests.reference(mvc, send(post("/feedback/report").param("category", "service-complaint").param("description", "Långa väntetider")));
		mvc.perform(get("/feedback/reports/" + reference)).andExpect(status().isNotFound());
	}

	@Test
	void officersMergeDuplicatesInTheirDepartmentsAndOnlyAdministratorsEditTheRules() throws Exception {
		double[] at = ReportsForTests.somewhere();
		String kept = ReportsForTests.reference(mvc, send(post("/feedback/report").param("category", "pothole").param("description", "Hål")
				.param("latitude", Double.toString(at[0])).param("longitude", Double.toString(at[1]))));
		String duplicate = ReportsForTests.reference(mvc, send(post("/feedback/report").param("category", "pothole").param("description", "Hål i vägen").param("confirmed", "yes")
				.param("latitude", Double.toString(at[0])).param("longitude", Double.toString(at[1]))));
		RequestPostProcessor traffic = SignedInAs.staff("officer-traffic", TRAFFIC_OFFICER);
		mvc.perform(get("/staff/reports").param("lang", "en").with(traffic)).andExpect(content().string(allOf(containsString(kept), containsString(duplicate))));
		mvc.perform(post("/staff/reports/merge").with(SignedInAs.staff("officer-sports", ScopedRole.inDepartment(StaffRoles.OFFICER, "sports")))
				.with(csrf()).param("duplicate", duplicate).param("into", kept)).andExpect(status().is3xxRedirection());
		assertThat(reports.find(duplicate).orElseThrow().mergedInto()).isEmpty();
		mvc.perform(post("/staff/reports/merge").with(traffic).with(csrf()).param("duplicate", duplicate).param("into", kept))
				.andExpect(status().is3xxRedirection());
		assertThat(reports.find(duplicate).orElseThrow().mergedInto()).contains(kept);
		mvc.perform(get("/feedback/reports/" + duplicate).param("lang", "en")).andExpect(content().string(allOf(containsString("Closed"), containsString(kept))));

		mvc.perform(post("/staff/reports/rules").with(traffic).with(csrf()).param("department", "sports").param("words", "badhus"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/staff/reports/rules").with(SignedInAs.staff("platform-administrator", ScopedRole.cityWide(StaffRoles.PLATFORM_ADMINISTRATOR)))
				.with(csrf()).param("lang", "en").param("department", "no-such").param("words", "badhus")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Choose the department that takes the reports"), containsString("value=\"badhus\""))));
		mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk());
	}

	@Test
	void administratorsAddAndChangeAreaRulesWithMistakesToldAtTheArea() throws Exception {
		RequestPostProcessor administrator = SignedInAs.staff("platform-administrator", ScopedRole.cityWide(StaffRoles.PLATFORM_ADMINISTRATOR));
		String word = "bänkrad-" + ThreadLocalRandom.current().nextInt(1_000_000);
		mvc.perform(get("/staff/reports/rules/new").with(administrator).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("A polygon in WGS 84 as WKT")));
		mvc.perform(post("/staff/reports/rules").with(administrator).with(csrf()).param("lang", "en").param("category", "suggestion")
				.param("area", "POLYGON ((18.0 59.3, 18.1 59.4, 18.1 59.3, 18.0 59.4, 18.0 59.3))").param("words", word).param("department", "culture"))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("href=\"#area\""),
						containsString("The area’s edges cross each other"), containsString("POLYGON ((18.0 59.3, 18.1 59.4"))));
		mvc.perform(post("/staff/reports/rules").with(administrator).with(csrf()).param("lang", "sv").param("category", "suggestion")
				.param("area", "Vitabergsparken").param("words", word).param("department", "culture"))
				.andExpect(content().string(containsString("Området går inte att läsa")));
		String vitaberg = "{\"type\": \"Polygon\", \"coordinates\": [[[18.07, 59.31], [18.09, 59.31], [18.09, 59.32], [18.07, 59.32], [18.07, 59.31]]]}";
		mvc.perform(post("/staff/reports/rules").with(administrator).with(csrf()).param("category", "suggestion").param("area", vitaberg)
				.param("words", word).param("department", "culture")).andExpect(status().is3xxRedirection());
		RoutingRule added = rules.all().stream().filter(r -> r.words().contains(word)).findFirst().orElseThrow();
		assertThat(added.area()).isPresent();
		String inside = ReportsForTests.reference(mvc, send(post("/feedback/report").param("category", "suggestion").param("description", "Fler " + word)
				.param("latitude", "59.315").param("longitude", "18.08").param("confirmed", "yes")));
		String outside = ReportsForTests.reference(mvc, send(post("/feedback/report").param("category", "suggestion").param("description", "Fler " + word)
				.param("latitude", "59.335").param("longitude", "18.08").param("confirmed", "yes")));
		assertThat(reports.find(inside).orElseThrow().department()).isEqualTo("culture");
		assertThat(reports.find(outside).orElseThrow().department()).isNotEqualTo("culture");

		mvc.perform(get("/staff/reports/rules/" + added.id()).with(administrator)).andExpect(content().string(containsString("POLYGON ((18.07 59.31")));
		mvc.perform(post("/staff/reports/rules/" + added.id()).with(administrator).with(csrf()).param("category", "suggestion")
				.param("area", "POLYGON ((18.07 59.31, 18.09 59.31, 18.09 59.34, 18.07 59.34, 18.07 59.31))").param("words", word)
				.param("department", "sports")).andExpect(status().is3xxRedirection());
		String now = ReportsForTests.reference(mvc, send(post("/feedback/report").param("category", "suggestion").param("description", "Fler " + word)
				.param("latitude", "59.335").param("longitude", "18.08").param("confirmed", "yes")));
		assertThat(reports.find(now).orElseThrow().department()).isEqualTo("sports");
		mvc.perform(post("/staff/reports/rules/remove").with(administrator).with(csrf()).param("id", added.id().toString()))
				.andExpect(status().is3xxRedirection());
	}

	private void closeAsTrafficOfficer(String reference) {
		Party.Staff officer = new Party.Staff("officer-traffic", "Handläggare, Trafikkontoret");
		Actor actor = new Actor(officer, officer, Actor.Representation.SELF, Set.of(TRAFFIC_OFFICER), LevelOfAssurance.LOA3);
		handling.decide(actor, CaseNumber.parse(reference).orElseThrow(), new Decision(Decision.Outcome.GRANTED, "The lamp is replaced"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !reports.find(reference).orElseThrow().isOpen());
	}

	private String send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}
}
