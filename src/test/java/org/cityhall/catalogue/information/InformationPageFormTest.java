package org.cityhall.catalogue.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityhall.catalogue.information.InformationPageWorkflowTest.form;
import static org.cityhall.catalogue.information.InformationPageWorkflowTest.newSlug;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The editor's form: what was typed is kept, with a message at each field in the editor's language, and a preview. */
@CityHallWebTest
class InformationPageFormTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anEmptyTitleATooLongSummaryAndABrokenSlugAreNamedAtTheirFieldsWithWhatWasTypedKept() throws Exception {
		String typedBody = "## Rubrik\n\nText med <script>alert('x')</script> och å ä ö.";
		String answer = mvc.perform(form(post("/staff/information/new"), "Bygg Lov!", "", "Building permits",
						Map.of("summaryEn", "x".repeat(301), "bodySv", typedBody)).param("action", "save")
						.with(StaffMembers.editor("city-planning")).with(csrf()))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(answer).contains("<title>Fel: ", "govuk-error-summary",
				"href=\"#slug\"", "href=\"#titleSv\"", "href=\"#summaryEn\"",
				"id=\"slug-error\"", "id=\"titleSv-error\"", "id=\"summaryEn-error\"",
				"Namnet i adressen får bara ha små bokstäver",
				"Skriv en rubrik på svenska",
				"Sammanfattningen på engelska får vara högst 300 tecken, den har 301",
				"value=\"Bygg Lov!\"", "value=\"Building permits\"",
				"Text med &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; och å ä ö.")
				.doesNotContain("<script>alert");
		assertThat(answer.indexOf("href=\"#slug\"")).isLessThan(answer.indexOf("href=\"#titleSv\""));
	}

	@Test
	void theMessagesAreInEnglishForAnEditorWhoChoseEnglish() throws Exception {
		String answer = mvc.perform(form(post("/staff/information/new"), "", "Ny sida", "").param("lang", "en").param("action", "save")
						.with(StaffMembers.editor("city-planning")).with(csrf()))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("<title>Error: ", "There is a problem", "Enter the page’s name in its address",
				"Enter a title in English", "value=\"Ny sida\"");
	}

	@Test
	void aSlugAnotherPageHasIsRefusedAtTheField() throws Exception {
		String slug = newSlug();
		mvc.perform(form(post("/staff/information/new"), slug, "Första", "First").param("action", "save")
				.with(StaffMembers.editor("city-planning")).with(csrf())).andExpect(status().is3xxRedirection());
		String answer = mvc.perform(form(post("/staff/information/new"), slug, "Andra", "Second").param("action", "save")
						.with(StaffMembers.editor("city-planning")).with(csrf()))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("id=\"slug-error\"", "En annan sida har redan det namnet", "value=\"Andra\"");
	}

	@Test
	void thePreviewShowsThePageRenderedAndSavesNothing() throws Exception {
		String slug = newSlug();
		String answer = mvc.perform(form(post("/staff/information/new"), slug, "Förhandsvisad", "Previewed",
						Map.of("bodySv", "## Så gör du\n\n- ett\n- två\n\n[Ansök](/eservices/building-permit)"))
						.param("action", "preview").with(StaffMembers.editor("city-planning")).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("id=\"preview\"", "<h2 id=\"section-sa-gor-du\" class=\"govuk-heading-m\">Så gör du</h2>",
				"<ul class=\"govuk-list govuk-list--bullet\">", "<a href=\"/eservices/building-permit\" class=\"govuk-link\">Ansök</a>",
				"value=\"Förhandsvisad\"");
		mvc.perform(get("/staff/information/" + slug).with(StaffMembers.editor("city-planning"))).andExpect(status().isNotFound());
	}
}
