package org.cityhall.catalogue;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CityHallWebTest
class CataloguePagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageLeadsThroughTheLifeSituations() throws Exception {
		mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Barn och skola"), containsString("Bostad"),
						containsString("Parkering och trafik"), containsString("Miljö och bygga"),
						containsString("Äldreomsorg och stöd"), containsString("Fritid och kultur"),
						containsString("Företag"), containsString("Kontakta staden"),
						containsString("href=\"/life-situations/children-and-school\""))));
	}

	@Test
	void aLifeSituationListsItsEServices() throws Exception {
		mvc.perform(get("/life-situations/parking-and-traffic").param("lang", "en"))
				.andExpect(content().string(allOf(containsString("Parking and traffic"), containsString("Apply for a residents&#39; parking permit"),
						not(containsString("Apply for a pre-school place")))));
	}

	@Test
	void anEServicePageShowsWhatItIsAndItsPayback() throws Exception {
		mvc.perform(get("/eservices/residents-parking-permit").param("lang", "en"))
				.andExpect(content().string(allOf(
						containsString("Apply for a residents&#39; parking permit"),
						containsString("Traffic Administration"),
						containsString("Live"),
						containsString("Swedish digital ID"),
						containsString("level of assurance 3"),
						containsString("Handling time"),
						containsString("2.6 years"),
						containsString("Meets the requirement to pay back within 4 years"),
						containsString("href=\"/eservices/residents-parking-permit/apply\""),
						not(containsString("This e-service is under development")))));
	}

	@Test
	void anEServiceWithAFeeShowsWhatItCostsInTheReadersLanguage() throws Exception {
		mvc.perform(get("/eservices/heat-pump-licence"))
				.andExpect(content().string(allOf(containsString("Avgift"), containsString("4\u00a0740 kr"),
						containsString("miljöbalken"), containsString("I drift"), not(containsString("varav moms")))));
		mvc.perform(get("/eservices/map-order").param("lang", "en"))
				.andExpect(content().string(allOf(containsString("SEK 1,250, including VAT of SEK 250"),
						containsString("Order a map"))));
		mvc.perform(get("/eservices/elderly-care-enquiry"))
				.andExpect(content().string(not(containsString("id=\"fee-amount\""))));
		for (String language : new String[] {"sv", "en"}) {
			String page = mvc.perform(get("/eservices/map-order").param("lang", language)).andReturn().getResponse()
					.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			org.cityhall.testing.html.HtmlChecker.assertValid(page, "map-order " + language);
		}
	}

	@Test
	void anEServiceThatMissesThePaybackRequirementIsFlagged() throws Exception {
		mvc.perform(get("/eservices/city-museum"))
				.andExpect(content().string(containsString("Uppfyller inte kravet på återbetalning inom 4 år")));
	}

	@Test
	void swedishFiguresUseSwedishNumberFormat() throws Exception {
		mvc.perform(get("/eservices/residents-parking-permit"))
				.andExpect(content().string(allOf(containsString("2,6 år"), containsString("45\u00a0000"))));
	}

	@Test
	void theFilterFindsAndSaysHowMany() throws Exception {
		mvc.perform(get("/eservices").param("q", "forskola"))
				.andExpect(content().string(allOf(containsString("matchar ”forskola”"), containsString("Ansök om plats i förskola"))));
	}

	@Test
	void theFilterSaysWhenNothingMatches() throws Exception {
		mvc.perform(get("/eservices").param("q", "zzzqqq").param("lang", "en"))
				.andExpect(content().string(allOf(containsString("No e-services match “zzzqqq”"), containsString("Show all e-services"))));
	}

	@Test
	void anOverlongFilterIsExplainedAndWhatWasTypedIsKept() throws Exception {
		String typed = "radon ".repeat(2_000);
		mvc.perform(get("/eservices").param("q", typed))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("högst 200 tecken"),
						containsString("<title>Fel: Alla e-tjänster"), containsString("value=\"" + typed + "\""))));
	}

	@Test
	void scriptTypedIntoTheFilterIsShownAsText() throws Exception {
		mvc.perform(get("/eservices").param("q", "<script>alert(1)</script>"))
				.andExpect(content().string(allOf(not(containsString("<script>alert(1)</script>")),
						containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))));
	}

	@Test
	void anUnknownLifeSituationIsNotFound() throws Exception {
		mvc.perform(get("/life-situations/nowhere")).andExpect(status().isNotFound());
	}
}
