package org.cityhall.search;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The portal's public side: the catalogue found the way people type, facets, pages and suggestions. */
@CityHallWebTest
class SearchPortalTest {

	@Autowired
	MockMvc mvc;

	@Test
	void radonFindsTheRadonReadings() throws Exception {
		search("radon", "sv").andExpect(content().string(allOf(containsString("href=\"/eservices/radon-readings\""),
				containsString("<mark>radon</mark>"))));
	}

	@Test
	void preSchoolIsFoundWithAndWithoutTheRing() throws Exception {
		search("förskola", "sv").andExpect(content().string(containsString("href=\"/eservices/preschool-application\"")));
		search("forskola", "sv").andExpect(content().string(containsString("href=\"/eservices/preschool-application\"")));
		search("forskolor", "sv").andExpect(content().string(containsString("href=\"/eservices/preschool-application\"")));
	}

	@Test
	void theWordsOfACompoundFindIt() throws Exception {
		search("parkering tillstand", "sv")
				.andExpect(content().string(containsString("href=\"/eservices/residents-parking-permit\"")));
	}

	@Test
	void aTypoIsForgiven() throws Exception {
		search("bygglvo", "sv").andExpect(content().string(containsString("href=\"/eservices/building-permit\"")));
	}

	@Test
	void publishedInformationPagesAreFound() throws Exception {
		search("detaljplan", "sv").andExpect(content().string(containsString("href=\"/information/detaljplan\"")));
		search("avlosning", "sv").andExpect(content().string(containsString("href=\"/information/avlosning-och-vaxelvard\"")));
	}

	@Test
	void englishWordsFindTheEnglishTexts() throws Exception {
		search("pre-school places", "en").andExpect(content().string(allOf(
				containsString("href=\"/eservices/preschool-application\""), containsString("lang=\"en\""))));
		search("parking permit", "en").andExpect(content().string(containsString("href=\"/eservices/residents-parking-permit\"")));
	}

	@Test
	void facetsNarrowTheResultsByKindAndDepartmentWithPlainLinks() throws Exception {
		search("skola", "sv").andExpect(content().string(allOf(containsString("id=\"facet-kind\""),
				containsString("href=\"/search?q=skola&amp;kind=eservice\""), containsString("id=\"facet-department\""),
				containsString("department=education"))));
		mvc.perform(get("/search").param("q", "skola").param("kind", "life-situation"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Alla typer"), not(containsString("href=\"/eservices/preschool-application\"")))));
	}

	@Test
	void manyResultsArePagedWithLinks() throws Exception {
		search("e-tjänsten", "sv").andExpect(content().string(allOf(containsString("govuk-pagination"),
				containsString("href=\"/search?q=e-tj%C3%A4nsten&amp;page=2\""))));
		mvc.perform(get("/search").param("q", "e-tjänsten").param("page", "2")).andExpect(status().isOk())
				.andExpect(content().string(containsString("aria-current=\"page\"")));
		mvc.perform(get("/search").param("q", "e-tjänsten").param("page", "nine")).andExpect(status().isOk());
	}

	@Test
	void nothingFoundSaysSoAndATooLongQueryIsRefusedAtTheField() throws Exception {
		search("qqqxxyyzz", "sv").andExpect(content().string(containsString("Inga träffar för ”qqqxxyyzz”")));
		mvc.perform(get("/search").param("q", "a".repeat(201))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("högst 200 tecken"),
						containsString("value=\"" + "a".repeat(201) + "\""))));
	}

	@Test
	void suggestionsCompleteWhatIsTyped() throws Exception {
		mvc.perform(get("/search/suggest").param("q", "boendepark"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.suggestions", hasItem("Ansök om boendeparkering")));
		mvc.perform(get("/search/suggest").param("q", "residents' park").param("lang", "en"))
				.andExpect(jsonPath("$.suggestions", hasItem("Apply for a residents' parking permit")));
		mvc.perform(get("/search/suggest").param("q", "forsk"))
				.andExpect(jsonPath("$.suggestions", hasItem(containsString("förskola"))));
	}

	@Test
	void everyPageHasTheSearchBoxInItsHeader() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(allOf(containsString("id=\"header-search\""), containsString("action=\"/search\""))));
		mvc.perform(get("/eservices/radon-readings").param("lang", "en"))
				.andExpect(content().string(containsString("aria-label=\"Search the site\"")));
	}

	private ResultActions search(String query, String language) throws Exception {
		return mvc.perform(get("/search").param("q", query).param("lang", language)).andExpect(status().isOk());
	}
}
