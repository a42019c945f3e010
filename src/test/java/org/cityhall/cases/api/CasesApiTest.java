package org.cityhall.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.Cases;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.OperationsSystems;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CityHallWebTest
class CasesApiTest {

	private static final String ESERVICE = SubmittedCases.ESERVICE;
	private static final String DEPARTMENT = SubmittedCases.DEPARTMENT;
	private static final RequestPostProcessor SARA = SignedInAs.resident(DemoPersonas.PARENT.number().orElseThrow(),
			"Sara Lindqvist");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private String number;
	private RequestPostProcessor reader;
	private RequestPostProcessor writer;

	@BeforeEach
	void aCaseOfTheDepartment() {
		number = new SubmittedCases(context).heatPump().value();
		String client = "ecos-" + UUID.randomUUID();
		reader = OperationsSystems.client(client, DEPARTMENT, "cases:read");
		writer = OperationsSystems.client(client, DEPARTMENT, "cases:read", "cases:write");
	}

	@Test
	void listsAnEServicesCasesByStatusWithoutPersonalData() throws Exception {
		mvc.perform(get("/api/v1/cases").param("eservice", ESERVICE).param("status", "submitted").param("limit", "500")
				.with(reader))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(header().doesNotExist("Set-Cookie"))
				.andExpect(jsonPath("$.eservice").value(ESERVICE))
				.andExpect(jsonPath("$.status").value("submitted"))
				.andExpect(jsonPath("$.cases[*].number", hasItem(number)))
				.andExpect(jsonPath("$.cases[?(@.number == '" + number + "')].links.self", hasItem("/api/v1/cases/" + number)))
				.andExpect(content().string(not(containsString("Lindqvist"))))
				.andExpect(content().string(not(containsString("198804129826"))));

		mvc.perform(get("/api/v1/cases").param("eservice", ESERVICE).param("status", "in-progress").param("limit", "500")
				.with(reader))
				.andExpect(jsonPath("$.cases[*].number", not(hasItem(number))));
	}

	@Test
	void pagesGoOnAfterTheLastNumberOfThePage() throws Exception {
		String second = new SubmittedCases(context).heatPump().value();

		mvc.perform(get("/api/v1/cases").param("eservice", ESERVICE).param("after", number).param("limit", "500").with(reader))
				.andExpect(jsonPath("$.cases[*].number", hasItem(second)))
				.andExpect(jsonPath("$.cases[*].number", not(hasItem(number))));
		mvc.perform(get("/api/v1/cases").param("eservice", ESERVICE).param("limit", "1").with(reader))
				.andExpect(jsonPath("$.count").value(1))
				.andExpect(jsonPath("$.next", containsString("after=")));
	}

	@Test
	void fetchesACaseWithItsAnswersTimelineAndDocumentsAndAuditsTheRead() throws Exception {
		mvc.perform(get("/api/v1/cases/" + number).with(reader))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("no-store")))
				.andExpect(jsonPath("$.number").value(number))
				.andExpect(jsonPath("$.status").value("submitted"))
				.andExpect(jsonPath("$.department").value(DEPARTMENT))
				.andExpect(jsonPath("$.applicant.type").value("person"))
				.andExpect(jsonPath("$.applicant.id").value("198804129826"))
				.andExpect(jsonPath("$.answers.propertyDesignation").value("Tallen 4:12"))
				.andExpect(jsonPath("$.answers.boreholeDepth").value(150))
				.andExpect(jsonPath("$.answers.installerOrganisationNumber").value("5560160680"))
				.andExpect(jsonPath("$.answers.waterProtectionArea").value(false))
				.andExpect(jsonPath("$.timeline[0].what").value("submitted"))
				.andExpect(jsonPath("$.documents[?(@.role == 'attachment')].filename", hasItem("situationsplan.pdf")));

		assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE what = ? AND channel = 'api' AND subject_id = ?")
				.params("case:" + number, "198804129826").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void downloadsADocumentOfTheCase() throws Exception {
		CaseDocument plan = cases.documents(cases.find(new CaseNumber(number)).orElseThrow().id()).stream()
				.filter(document -> document.role() == CaseDocument.Role.ATTACHMENT).findFirst().orElseThrow();

		byte[] content = mvc.perform(get("/api/v1/cases/" + number + "/documents/" + plan.sha256()).with(reader))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/pdf"))
				.andExpect(header().string("Content-Disposition", containsString("situationsplan.pdf")))
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(content).startsWith("%PDF".getBytes());

		mvc.perform(get("/api/v1/cases/" + number + "/documents/" + "0".repeat(64)).with(reader))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aPostedStatusShowsOnTheResidentsCasePage() throws Exception {
		postJson("/api/v1/cases/" + number + "/status", "{\"status\":\"awaiting-supplement\","
				+ "\"text\":\"Skicka en ritning över borrhålets placering.\"}", writer)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("awaiting-supplement"));

		mvc.perform(get("/my-pages/cases/" + number).with(SARA))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Väntar på komplettering")))
				.andExpect(content().string(containsString("Skicka en ritning över borrhålets placering.")));
	}

	@Test
	void aMessageAndADecisionReachTheResident() throws Exception {
		postJson("/api/v1/cases/" + number + "/messages", "{\"body\":\"Vi har tagit emot din ansökan.\"}", writer)
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.caseNumber").value(number))
				.andExpect(jsonPath("$.authorName").value("Miljöförvaltningen"));
		postJson("/api/v1/cases/" + number + "/decision", "{\"outcome\":\"partly-granted\",\"reasons\":\"Borrhålet "
				+ "får vara högst 120 meter djupt.\"}", writer)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("decided"))
				.andExpect(jsonPath("$.decision.outcome").value("partly-granted"));

		mvc.perform(get("/my-pages/cases/" + number).with(SARA))
				.andExpect(content().string(containsString("Vi har tagit emot din ansökan.")))
				.andExpect(content().string(containsString("Borrhålet får vara högst 120 meter djupt.")));
		assertThat(cases.find(new CaseNumber(number)).orElseThrow().status()).isEqualTo(CaseStatus.DECIDED);
	}

	@Test
	void aMoveTheCaseCannotMakeIsAConflictWithTheReason() throws Exception {
		postJson("/api/v1/cases/" + number + "/status", "{\"status\":\"closed\"}", writer)
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(409))
				.andExpect(jsonPath("$.detail").value("case " + number + " is submitted; only a decided case can be closed"));
	}

	@Test
	void badInputIsA400NamingTheField() throws Exception {
		postJson("/api/v1/cases/" + number + "/status", "{}", writer)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
		postJson("/api/v1/cases/" + number + "/status", "{\"status\":\"decided\"}", writer)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"))
				.andExpect(jsonPath("$.detail", containsString("post a decision")));
		postJson("/api/v1/cases/" + number + "/status", "{\"status\":\"awaiting-supplement\"}", writer)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("text"));
		postJson("/api/v1/cases/" + number + "/decision", "{\"outcome\":\"maybe\",\"reasons\":\"x\"}", writer)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("outcome"));
		postJson("/api/v1/cases/" + number + "/messages", "{\"body\":\"nul \\u0000 here\"}", writer)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
		postJson("/api/v1/cases/" + number + "/messages", "{\"body\": ", writer)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.field").value("body"));
		mvc.perform(get("/api/v1/cases").param("eservice", ESERVICE).param("limit", "lots").with(reader))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("limit"));
		mvc.perform(get("/api/v1/cases").with(reader))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("eservice"));
		mvc.perform(get("/api/v1/cases").param("eservice", ESERVICE).param("status", "lost").with(reader))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
		assertThat(cases.find(new CaseNumber(number)).orElseThrow().status()).isEqualTo(CaseStatus.SUBMITTED);
	}

	@Test
	void aRepeatWithTheSameIdempotencyKeyGetsTheFirstAnswerAndChangesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = "{\"body\":\"Handläggningen har börjat.\"}";
		String first = postJson("/api/v1/cases/" + number + "/messages", body, writer, key)
				.andExpect(status().isCreated())
				.andExpect(header().doesNotExist(Idempotency.REPLAYED))
				.andReturn().getResponse().getContentAsString();

		postJson("/api/v1/cases/" + number + "/messages", body, writer, key)
				.andExpect(status().isCreated())
				.andExpect(header().string(Idempotency.REPLAYED, "true"))
				.andExpect(content().json(first, org.springframework.test.json.JsonCompareMode.STRICT));
		postJson("/api/v1/cases/" + number + "/messages", "{\"body\":\"Något annat.\"}", writer, key)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value("Idempotency-Key"));

		var found = cases.find(new CaseNumber(number)).orElseThrow();
		assertThat(jdbc.sql("SELECT count(*) FROM cases_message WHERE case_id = ?").param(found.id().value())
				.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aStatusRepeatedWithItsKeyIsNotASecondMoveNorAConflict() throws Exception {
		String key = UUID.randomUUID().toString();
		postJson("/api/v1/cases/" + number + "/status", "{\"status\":\"received\"}", writer, key).andExpect(status().isOk());
		postJson("/api/v1/cases/" + number + "/status", "{\"status\":\"received\"}", writer, key)
				.andExpect(status().isOk())
				.andExpect(header().string(Idempotency.REPLAYED, "true"));
		postJson("/api/v1/cases/" + number + "/status", "{\"status\":\"received\"}", writer)
				.andExpect(status().isConflict());

		var found = cases.find(new CaseNumber(number)).orElseThrow();
		assertThat(jdbc.sql("SELECT count(*) FROM cases_timeline WHERE case_id = ? AND what = 'RECEIVED'")
				.param(found.id().value()).query(Integer.class).single()).isEqualTo(1);
	}

	private org.springframework.test.web.servlet.ResultActions postJson(String path, String body, RequestPostProcessor who)
			throws Exception {
		return mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private org.springframework.test.web.servlet.ResultActions postJson(String path, String body, RequestPostProcessor who,
			String key) throws Exception {
		return mvc.perform(post(path).with(who).header(Idempotency.HEADER, key).contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}
}
