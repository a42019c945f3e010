package org.cityhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The frame every page shares: language, headers, error pages. */
@CityHallWebTest
class FrameTest {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAreSwedishByDefault() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<html lang=\"sv\""), containsString("Stadens e-tjänster"))));
	}

	@Test
	void theLanguageSwitchChangesTheLanguageAndIsRemembered() throws Exception {
		MvcResult english = mvc.perform(get("/eservices").param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"en\"")))
				.andExpect(cookie().value("cityhall-lang", "en"))
				.andReturn();
		Cookie remembered = english.getResponse().getCookie("cityhall-lang");
		mvc.perform(get("/accessibility").cookie(remembered))
				.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Accessibility statement"))));
	}

	@Test
	void theSwitchLinksToTheSamePageWithItsQueryInTheOtherLanguage() throws Exception {
		mvc.perform(get("/eservices?q=parkering"))
				.andExpect(content().string(containsString("href=\"/eservices?q=parkering&amp;lang=en\"")));
	}

	@Test
	void anUnknownLanguageFallsBackToSwedish() throws Exception {
		mvc.perform(get("/").param("lang", "de")).andExpect(content().string(containsString("<html lang=\"sv\"")));
	}

	@Test
	void everyPageCarriesAStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/"))
				.andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
						containsString("frame-ancestors 'none'"), containsString("script-src 'self'"),
						not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void hstsIsSentOnlyOverTls() throws Exception {
		mvc.perform(get("/").secure(true)).andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
		mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void noPageHasInlineScriptOrStyle() throws Exception {
		for (String path : new String[] {"/", "/eservices", "/eservices/heat-pump-licence", "/life-situations/housing", "/accessibility", "/privacy", "/contact"}) {
			String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
			assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("style=\"").doesNotContain("<style");
		}
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(textBlock = """
			404, sv, Sidan hittades inte
			404, en, Page not found
			400, sv, Något i förfrågan var fel
			400, en, Something in the request was wrong
			403, sv, Du har inte behörighet att se sidan
			403, en, You do not have permission to see this page
			405, sv, Det gick inte att göra så här
			405, en, That cannot be done here
			500, sv, Något gick fel hos oss
			500, en, 'Sorry, something went wrong on our side'
			""")
	void errorPagesSpeakTheVisitorsLanguage(int status, String lang, String heading) throws Exception {
		mvc.perform(get("/error").param("lang", lang).accept(MediaType.TEXT_HTML)
						.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
						.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
				.andExpect(status().is(status))
				.andExpect(content().string(allOf(containsString("<html lang=\"" + lang + "\""), containsString(heading),
						not(containsString("Exception")), not(containsString("at org.")))));
	}

	@Test
	void aMethodThePageDoesNotAllowIs405() throws Exception {
		mvc.perform(delete("/accessibility").with(csrf())).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void apiClientsGetProblemDetails() throws Exception {
		mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.title").value("Sidan hittades inte"));
	}

	@Test
	void theAccessibilityStatementSaysWhatTheLawRequires() throws Exception {
		mvc.perform(get("/accessibility"))
				.andExpect(content().string(allOf(
						containsString("delvis förenlig"),
						containsString("lagen (2018:1937) om tillgänglighet till digital offentlig service"),
						containsString("Myndigheten för digital förvaltning (Digg)"),
						containsString("mailto:tillganglighet@stad.example"),
						containsString("WCAG) version 2.1"))));
	}

	@Test
	void theFrameShowsNoCrownAndNoGovUkFont() throws Exception {
		String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("govuk-header__logotype").doesNotContain("crown").contains("city-logo");
		String css = mvc.perform(get("/assets/css/cityhall.css")).andReturn().getResponse().getContentAsString();
		assertThat(css).contains("font-family: var(--city-font) !important").contains("font-family: \"GDS Transport\";\n  font-weight: 400;\n  src: local(");
	}
}
