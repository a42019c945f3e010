package org.cityhall.cases.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.OperationsSystems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who reaches the cases API: a client of the case's department with the scope, and no one else. */
@CityHallWebTest
class CasesApiAccessTest {

	private static final String ESERVICE = SubmittedCases.ESERVICE;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private String number;

	@BeforeEach
	void aCaseOfEnvironmentAndHealth() {
		number = new SubmittedCases(context).heatPump().value();
	}

	@Test
	void anotherDepartmentsClientFindsNoCaseAndNothingInLists() throws Exception {
		var traffic = OperationsSystems.client("traffic-system", "traffic", "cases:read", "cases:write");

		mvc.perform(get("/api/v1/cases/" + number).with(traffic))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(content().string(not(containsString("Lindqvist"))));
		mvc.perform(post("/api/v1/cases/" + number + "/status").with(traffic).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"received\"}"))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases").param("eservice", ESERVICE).param("limit", "500").with(traffic))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.count").value(0));
		mvc.perform(get("/api/v1/cases").param("eservice", ESERVICE).param("limit", "500")
				.with(OperationsSystems.client("ehs-system", SubmittedCases.DEPARTMENT, "cases:read")))
				.andExpect(jsonPath("$.cases[*].number", hasItem(number)));
	}

	@Test
	void noTokenIsA401Problem() throws Exception {
		mvc.perform(get("/api/v1/cases/" + number))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString("access token is required")));
		mvc.perform(post("/api/v1/cases/" + number + "/status").contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"received\"}"))
				.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/webhooks")).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenOfAnotherIssuerOrForgedIsA401() throws Exception {
		String foreign = org.cityhall.testing.TestIdentityProvider.server().issueToken("someone-else", "ecos",
				new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback("someone-else", "ecos", "JWT",
						java.util.List.of("x"), java.util.Map.of("department", SubmittedCases.DEPARTMENT,
								"scope", "cases:read"), 3600)).serialize();
		mvc.perform(get("/api/v1/cases/" + number).with(OperationsSystems.bearer(foreign)))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail", containsString("not accepted")));
		mvc.perform(get("/api/v1/cases/" + number).with(OperationsSystems.bearer("not.a.token")))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void aMissingScopeIsA403Problem() throws Exception {
		var readOnly = OperationsSystems.client("ehs-reader", SubmittedCases.DEPARTMENT, "cases:read");

		mvc.perform(post("/api/v1/cases/" + number + "/status").with(readOnly).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"received\"}"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString("cases:write")));
		mvc.perform(get("/api/v1/cases/" + number).with(OperationsSystems.client("ehs-writer", SubmittedCases.DEPARTMENT,
				"cases:write")))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail", containsString("cases:read")));
		mvc.perform(get("/api/v1/webhooks").with(readOnly)).andExpect(status().isForbidden());
	}

	@Test
	void aClientOfNoDepartmentReachesNothing() throws Exception {
		mvc.perform(get("/api/v1/cases/" + number).with(OperationsSystems.client("stray", null, "cases:read")))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail", containsString("belongs to no department")));
		mvc.perform(get("/api/v1/cases/" + number).with(OperationsSystems.client("stray", "no-such-department",
				"cases:read")))
				.andExpect(status().isForbidden());
	}

	@Test
	void aClientTheCityConfiguredBelongsToItsConfiguredDepartment() throws Exception {
		var configured = OperationsSystems.client(OperationsSystems.CONFIGURED_CLIENT, null, "cases:read");
		mvc.perform(get("/api/v1/cases").param("eservice", "residents-parking-permit").with(configured))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/cases/" + number).with(configured)).andExpect(status().isNotFound());

		// A token claiming another department than the city configured for the client reaches nothing.
		mvc.perform(get("/api/v1/cases/" + number).with(OperationsSystems.client(OperationsSystems.CONFIGURED_CLIENT,
				SubmittedCases.DEPARTMENT, "cases:read")))
				.andExpect(status().isForbidden());
	}

	@Test
	void thePublicCatalogueApiStaysOpenWithoutAToken() throws Exception {
		mvc.perform(get("/api/v1/eservices")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/eservices/" + ESERVICE)).andExpect(status().isOk());
	}

	@Test
	void theApiIsDescribedByOpenApiWithItsSecurityScheme() throws Exception {
		mvc.perform(get("/v3/api-docs"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/cases']").exists())
				.andExpect(jsonPath("$.paths['/api/v1/cases/{number}']").exists())
				.andExpect(jsonPath("$.paths['/api/v1/cases/{number}/documents/{sha256}']").exists())
				.andExpect(jsonPath("$.paths['/api/v1/cases/{number}/status'].post").exists())
				.andExpect(jsonPath("$.paths['/api/v1/cases/{number}/messages'].post").exists())
				.andExpect(jsonPath("$.paths['/api/v1/cases/{number}/decision'].post").exists())
				.andExpect(jsonPath("$.paths['/api/v1/webhooks'].post").exists())
				.andExpect(jsonPath("$.paths['/api/v1/webhooks/{id}/deliveries'].get").exists())
				.andExpect(jsonPath("$.paths['/api/v1/cases/{number}/status'].post.security[0]['operations-system'][0]")
						.value("cases:write"))
				.andExpect(jsonPath("$.components.securitySchemes['operations-system'].type").value("oauth2"))
				.andExpect(jsonPath("$.components.securitySchemes['operations-system'].flows.clientCredentials.tokenUrl")
						.exists())
				.andExpect(jsonPath("$.paths['/api/v1/eservices']").exists());
	}
}
