package org.cityhall.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.Cases;
import org.cityhall.cases.TestFiles;
import org.cityhall.identity.StaffRoles;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CityHallWebTest
class OfficersTest {

	private static final RequestPostProcessor SARA = SignedInAs.resident(DemoPersonas.PARENT.number().orElseThrow(), "Sara Lindqvist");
	private static final RequestPostProcessor ENVIRONMENT = SignedInAs.staff("officer-environment-health",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "environment-health"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	private String submittedCase() throws Exception {
		HeatPumpApplication application = new HeatPumpApplication(mvc, SARA);
		return application.submit(application.fillIn());
	}

	@Test
	void theDepartmentsInboxListsNewCasesAndTheCaseOpensAudited() throws Exception {
		String number = submittedCase();

		mvc.perform(get("/staff/cases").param("department", "environment-health").with(ENVIRONMENT))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(number)));
		mvc.perform(get("/staff/cases/" + number).with(ENVIRONMENT)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Tallen 4:12")));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE what = ? AND actor_id = 'officer-environment-health'")
				.param("case:" + number).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aDepartmentWithoutCasesSeesAnEmptyInboxNotAnError() throws Exception {
		// No test applies to the labour market administration's e-services: its inbox stays empty.
		mvc.perform(get("/staff/cases").param("department", "labour-market").param("filter", "overdue")
				.with(SignedInAs.staff("officer-labour-market", ScopedRole.inDepartment(StaffRoles.OFFICER, "labour-market"))))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Inga ärenden")));
	}

	@Test
	void anOfficerAsksForASupplementTheResidentAnswersAndTheOfficerDecides() throws Exception {
		String number = submittedCase();
		String officerCase = "/staff/cases/" + number;

		mvc.perform(post(officerCase + "/take").with(ENVIRONMENT).with(csrf())).andExpect(redirectedUrl(officerCase + "?done=take"));
		mvc.perform(post(officerCase + "/start").with(ENVIRONMENT).with(csrf()));
		mvc.perform(post(officerCase + "/supplement").with(ENVIRONMENT).with(csrf())
				.param("asked", "Skicka en situationsplan i skala 1:400."));
		mvc.perform(post(officerCase + "/note").with(ENVIRONMENT).with(csrf()).param("note", "Grannen har ett borrhål 15 m bort."));
		assertThat(cases.find(new CaseNumber(number)).orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);

		mvc.perform(get("/my-pages/cases/" + number).with(SARA)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("skala 1:400")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("Grannen har ett borrhål"))));
		mvc.perform(multipart("/my-pages/cases/" + number + "/supplement")
				.file(new MockMultipartFile("supplementFiles", "plan-1-400.pdf", "application/pdf", TestFiles.pdf("Plan " + UUID.randomUUID())))
				.with(SARA).with(csrf()).param("answer", "Här är planen i rätt skala."))
				.andExpect(redirectedUrl("/my-pages/cases/" + number + "?supplemented"));

		mvc.perform(post(officerCase + "/decide").with(ENVIRONMENT).with(csrf()).param("outcome", "granted")
				.param("reasons", "Borrhålet ligger mer än 10 m från tomtgränsen."));
		var decided = cases.find(new CaseNumber(number)).orElseThrow();
		assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
		mvc.perform(get("/my-pages/cases/" + number).with(SARA))
				.andExpect(content().string(Matchers.containsString("Borrhålet ligger mer än 10 m")));
		var decision = Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> cases.documents(decided.id())
				.stream().filter(document -> document.role() == CaseDocument.Role.DECISION).findFirst(),
				java.util.Optional::isPresent).orElseThrow();
		byte[] pdf = mvc.perform(get("/my-pages/cases/" + number + "/documents/" + decision.sha256()).with(SARA))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		PdfA.assertValid(pdf);
		assertThat(PdfA.text(pdf)).contains("Beviljas").contains("Borrhålet ligger mer än 10 m");
	}

	@Test
	void aDecisionWithoutReasonsKeepsWhatWasTypedAndSaysWhatIsMissing() throws Exception {
		String number = submittedCase();

		mvc.perform(post("/staff/cases/" + number + "/decide").with(ENVIRONMENT).with(csrf()).param("outcome", "refused")
				.param("reasons", " ")).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("govuk-error-summary")))
				.andExpect(content().string(Matchers.containsString("value=\"refused\" checked")));
	}

	@Test
	void theInboxExportsAsCsvWithFormulasDefused() throws Exception {
		submittedCase();

		mvc.perform(get("/staff/cases.csv").param("department", "environment-health").param("filter", "open")
				.with(ENVIRONMENT)).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
				.andExpect(content().string(Matchers.containsString("HPL-")));
		assertThat(StaffCasesController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
	}

	@Test
	void everyStaffRoleOfAnotherDepartmentGetsForbiddenOnEveryPageOfTheCase() throws Exception {
		String number = submittedCase();
		List<RequestPostProcessor> others = List.of(
				SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic")),
				SignedInAs.staff("contact-centre-agent", ScopedRole.cityWide(StaffRoles.CONTACT_CENTRE_AGENT)),
				SignedInAs.staff("traffic-warden", ScopedRole.inDepartment(StaffRoles.TRAFFIC_WARDEN, "traffic")),
				SignedInAs.staff("archivist", ScopedRole.cityWide(StaffRoles.ARCHIVIST)),
				SignedInAs.staff("programme-analyst", ScopedRole.cityWide(StaffRoles.PROGRAMME_ANALYST)),
				SignedInAs.staff("platform-administrator", ScopedRole.cityWide(StaffRoles.PLATFORM_ADMINISTRATOR)),
				SignedInAs.staff("protected-identity-officer", ScopedRole.inDepartment(StaffRoles.OFFICER, "social"),
						ScopedRole.cityWide(StaffRoles.PROTECTED_IDENTITY_READER)),
				SignedInAs.staff("environment-warden", ScopedRole.inDepartment(StaffRoles.TRAFFIC_WARDEN, "environment-health")));
		String base = "/staff/cases/" + number;
		for (RequestPostProcessor other : others) {
			mvc.perform(get(base).with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/staff/cases").param("department", "environment-health").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/staff/cases.csv").param("department", "environment-health").with(other)).andExpect(status().isForbidden());
			for (String action : List.of("take", "receive", "start", "close", "supplement", "decide", "note", "messages")) {
				mvc.perform(post(base + "/" + action).with(other).with(csrf()).param("asked", "x").param("note", "x")
						.param("body", "x").param("outcome", "granted").param("reasons", "x"))
						.andExpect(status().isForbidden());
			}
		}
		assertThat(cases.find(new CaseNumber(number)).orElseThrow().status()).isEqualTo(CaseStatus.SUBMITTED);
	}

	@Test
	void residentsAreNotLetIntoTheBackOffice() throws Exception {
		String number = submittedCase();

		mvc.perform(get("/staff/cases/" + number).with(SARA)).andExpect(status().isForbidden());
	}

	@Test
	void aPaperApplicationIsRegisteredByStaffIntoTheSameEService() throws Exception {
		mvc.perform(get("/staff/cases/register").with(ENVIRONMENT)).andExpect(status().isOk());
		String location = mvc.perform(post("/staff/cases/register").with(ENVIRONMENT).with(csrf())
				.param("eservice", "heat-pump-licence").param("channel", "paper").param("person", "19390214-9867"))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/applications/");

		String page = mvc.perform(post("/staff/cases/register").with(ENVIRONMENT).with(csrf())
				.param("eservice", "heat-pump-licence").param("channel", "").param("person", "19390214-9868"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("govuk-error-summary").contains("value=\"19390214-9868\"");
	}
}
