package org.cityhall.catalogue;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@CityHallWebTest
class CatalogueApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listsEveryEServiceWithDepartmentStatusAndPayback() throws Exception {
		mvc.perform(get("/api/v1/eservices"))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(header().string("Content-Language", "sv"))
				.andExpect(jsonPath("$.count").value(ShippedCatalogueTest.PROGRAMME.size()))
				.andExpect(jsonPath("$.eservices[*].department.name", everyItem(notNullValue())))
				.andExpect(jsonPath("$.eservices[?(@.id == 'heat-pump-licence')].status", contains("live")))
				.andExpect(jsonPath("$.eservices[?(@.id == 'residents-parking-permit')].status", contains("live")))
				.andExpect(jsonPath("$.eservices[?(@.id == 'residents-parking-permit')].benefit.paybackYears", hasItem(2.6)))
				.andExpect(jsonPath("$.eservices[?(@.id == 'residents-parking-permit')].benefit.meetsPaybackRequirement", hasItem(true)))
				.andExpect(jsonPath("$.eservices[?(@.id == 'city-museum')].benefit.meetsPaybackRequirement", hasItem(false)))
				.andExpect(jsonPath("$.eservices[?(@.id == 'residents-parking-permit')].title", hasItem("Ansök om boendeparkering")));
	}

	@Test
	void speaksTheLanguageTheClientAccepts() throws Exception {
		mvc.perform(get("/api/v1/eservices/residents-parking-permit").header("Accept-Language", "en-GB,en;q=0.8,sv;q=0.5"))
				.andExpect(header().string("Content-Language", "en"))
				.andExpect(jsonPath("$.title").value("Apply for a residents' parking permit"))
				.andExpect(jsonPath("$.department.name").value("Traffic Administration"))
				.andExpect(jsonPath("$.login").value("digital-id"))
				.andExpect(jsonPath("$.assurance").value("loa3"))
				.andExpect(jsonPath("$.description").isNotEmpty());
	}

	@Test
	void anEServiceOnTheEngineGivesItsHandlingTargetFeePrefixAndVersion() throws Exception {
		mvc.perform(get("/api/v1/eservices/map-order").param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("live"))
				.andExpect(jsonPath("$.handlingTargetDays").value(28))
				.andExpect(jsonPath("$.fee.amount").value(1250.00))
				.andExpect(jsonPath("$.fee.vatRate").value(0.25))
				.andExpect(jsonPath("$.fee.vat").value(250.00))
				.andExpect(jsonPath("$.fee.description").value(org.hamcrest.Matchers.startsWith("Fee for an extract from the base map")))
				.andExpect(jsonPath("$.caseNumberPrefix").value("MO"))
				.andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{16}")));
		mvc.perform(get("/api/v1/eservices/report-start-of-construction"))
				.andExpect(jsonPath("$.followUpOf").value("building-permit"))
				.andExpect(jsonPath("$.fee").doesNotExist());
	}

	@Test
	void theLangParameterWinsOverTheHeader() throws Exception {
		mvc.perform(get("/api/v1/eservices/residents-parking-permit").param("lang", "sv").header("Accept-Language", "en"))
				.andExpect(jsonPath("$.title").value("Ansök om boendeparkering"));
	}

	@Test
	void anUnknownEServiceIsAProblem404() throws Exception {
		mvc.perform(get("/api/v1/eservices/no-such-service").accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/eservices']").exists())
				.andExpect(jsonPath("$.paths['/api/v1/eservices/{id}']").exists());
	}
}
