package org.cityhall.catalogue.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityhall.catalogue.information.StaffMembers.editor;
import static org.cityhall.catalogue.information.StaffMembers.editorAndPublisher;
import static org.cityhall.catalogue.information.StaffMembers.publisher;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.catalogue.InformationPagePublished;
import org.cityhall.catalogue.InformationPageWithdrawn;
import org.cityhall.catalogue.InformationPages;
import org.cityhall.identity.StaffRoles;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An information page from draft to the public: an editor writes, a publisher other than the writer
 * approves or sends back with a comment, versions are kept, and nothing but the published version is
 * ever public.
 */
@CityHallWebTest
@RecordApplicationEvents
class InformationPageWorkflowTest {

	private static final String DEPARTMENT = "city-planning";

	@Autowired
	MockMvc mvc;

	@Autowired
	InformationPages published;

	@Autowired
	ApplicationEvents events;

	@Test
	void anEditorWritesAPublisherApprovesAndThePublicReadsItInBothLanguages() throws Exception {
		String slug = newSlug();
		write(slug, "Strandskydd", "Shore protection", editor(DEPARTMENT));
		mvc.perform(get("/information/" + slug)).andExpect(status().isNotFound());

		mvc.perform(post("/staff/information/" + slug + "/submit").with(editor(DEPARTMENT)).with(csrf()))
				.andExpect(redirectedUrl("/staff/information/" + slug));
		mvc.perform(get("/information/" + slug)).andExpect(status().isNotFound());

		mvc.perform(post("/staff/information/" + slug + "/approve").with(publisher(DEPARTMENT)).with(csrf()))
				.andExpect(redirectedUrl("/staff/information/" + slug));

		assertThat(page("/information/" + slug, "sv")).contains("<h1 class=\"govuk-heading-xl\">Strandskydd</h1>",
				"<h2 id=\"section-om-strandskydd\" class=\"govuk-heading-m\">Om strandskydd</h2>", "Stadsbyggnadskontoret");
		assertThat(page("/information/" + slug, "en")).contains("<h1 class=\"govuk-heading-xl\">Shore protection</h1>",
				"About shore protection").doesNotContain("Om strandskydd");
		assertThat(page("/eservices/building-permit", "sv")).contains("Läs mer", "href=\"/information/" + slug + "\"");
		assertThat(page("/life-situations/environment-and-building", "en")).contains("Read more", "Shore protection");
		assertThat(published.findPublished(slug)).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo(1));

		assertThat(events.stream(InformationPagePublished.class).filter(e -> e.slug().equals(slug))).singleElement()
				.satisfies(event -> {
					assertThat(event.writtenBy()).isEqualTo("content-editor-" + DEPARTMENT);
					assertThat(event.approvedBy()).isEqualTo("content-publisher-" + DEPARTMENT);
					var entry = event.archiveEntry();
					assertThat(entry.recordType()).isEqualTo("catalogue.information-page-published");
					assertThat(entry.department()).contains(DEPARTMENT);
					assertThat(entry.retention()).isEqualTo(RetentionClass.KEEP);
					assertThat(entry.audience()).isEqualTo(Audience.SUBJECT);
					assertThat(entry.subject()).isEmpty();
				});
	}

	@Test
	void theWriterOfAVersionCannotApproveIt() throws Exception {
		String slug = newSlug();
		RequestPostProcessor both = editorAndPublisher(DEPARTMENT);
		write(slug, "Egen version", "Own version", both);
		mvc.perform(post("/staff/information/" + slug + "/submit").with(both).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(mvc.perform(get("/staff/information/" + slug).with(both)).andReturn().getResponse().getContentAsString())
				.contains("id=\"own-version\"").doesNotContain("id=\"approve\"");
		String refused = mvc.perform(post("/staff/information/" + slug + "/approve").with(both).with(csrf()))
				.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("govuk-error-summary", "En annan publicerande redaktör måste godkänna den");
		mvc.perform(get("/information/" + slug)).andExpect(status().isNotFound());

		mvc.perform(post("/staff/information/" + slug + "/approve").with(publisher(DEPARTMENT)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/information/" + slug)).andExpect(status().isOk());
	}

	@Test
	void aPublisherSendsAVersionBackWithACommentAndTheEditorChangesIt() throws Exception {
		String slug = newSlug();
		write(slug, "Bygglov för altan", "Permits for decks", editor(DEPARTMENT));
		mvc.perform(post("/staff/information/" + slug + "/submit").with(editor(DEPARTMENT)).with(csrf()));

		String blank = mvc.perform(post("/staff/information/" + slug + "/send-back").param("comment", "  ")
						.with(publisher(DEPARTMENT)).with(csrf()))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(blank).contains("govuk-error-summary", "href=\"#comment\"", "id=\"comment-error\"", "Skriv vad som behöver ändras");

		mvc.perform(post("/staff/information/" + slug + "/send-back").param("comment", "Lägg till hur hög en altan får vara.")
				.with(publisher(DEPARTMENT)).with(csrf())).andExpect(redirectedUrl("/staff/information/" + slug));
		String sentBack = staffPage(slug, editor(DEPARTMENT));
		assertThat(sentBack).contains("Skickad tillbaka", "Lägg till hur hög en altan får vara.", "id=\"edit\"",
				"<h2 id=\"section-om-strandskydd\" class=\"govuk-heading-m\">Om strandskydd</h2>");

		write(slug, "Bygglov för altan", "Permits for decks", editor(DEPARTMENT), "/staff/information/" + slug + "/edit");
		assertThat(staffPage(slug, editor(DEPARTMENT))).contains(">Utkast<");
		mvc.perform(get("/information/" + slug)).andExpect(status().isNotFound());
	}

	@Test
	void publishingANewVersionKeepsTheOldOnesAndTheDraftNeverLeaks() throws Exception {
		String slug = newSlug();
		publish(slug, "Första versionen", "First version");

		write(slug, "Andra versionen", "Second version", editor(DEPARTMENT), "/staff/information/" + slug + "/edit");
		assertThat(page("/information/" + slug, "sv")).contains("Första versionen").doesNotContain("Andra versionen");
		assertThat(page("/eservices/building-permit", "sv")).contains("Första versionen").doesNotContain("Andra versionen");
		assertThat(page("/information", "sv")).contains("Första versionen").doesNotContain("Andra versionen");
		assertThat(published.findPublished(slug).orElseThrow().title().sv()).isEqualTo("Första versionen");

		mvc.perform(post("/staff/information/" + slug + "/submit").with(editor(DEPARTMENT)).with(csrf()));
		assertThat(page("/information/" + slug, "sv")).doesNotContain("Andra versionen");
		mvc.perform(post("/staff/information/" + slug + "/approve").with(publisher(DEPARTMENT)).with(csrf()));

		assertThat(page("/information/" + slug, "sv")).contains("Andra versionen").doesNotContain("Första versionen");
		assertThat(published.findPublished(slug).orElseThrow().version()).isEqualTo(2);
		String history = staffPage(slug, publisher(DEPARTMENT));
		assertThat(history).contains(">Ersatt<", ">Publicerad<", "content-publisher-" + DEPARTMENT);
	}

	@Test
	void withdrawingAPageTakesItAndItsReadMoreLinksAwayAndKeepsItsVersions() throws Exception {
		String slug = newSlug();
		publish(slug, "Tillfällig information", "Temporary information");
		assertThat(page("/eservices/building-permit", "sv")).contains("href=\"/information/" + slug + "\"");

		mvc.perform(post("/staff/information/" + slug + "/withdraw").with(editor(DEPARTMENT)).with(csrf()))
				.andExpect(status().isForbidden());
		mvc.perform(post("/staff/information/" + slug + "/withdraw").with(publisher(DEPARTMENT)).with(csrf()))
				.andExpect(redirectedUrl("/staff/information/" + slug));

		mvc.perform(get("/information/" + slug)).andExpect(status().isNotFound());
		assertThat(page("/eservices/building-permit", "sv")).doesNotContain("href=\"/information/" + slug + "\"");
		assertThat(staffPage(slug, editor(DEPARTMENT))).contains(">Avpublicerad<", "id=\"new-version\"");
		assertThat(events.stream(InformationPageWithdrawn.class).filter(e -> e.slug().equals(slug))).singleElement()
				.satisfies(event -> assertThat(event.archiveEntry().recordType()).isEqualTo("catalogue.information-page-withdrawn"));
	}

	@Test
	void theCatalogueChecksTheSameRoleNamesIdentityGives() {
		assertThat(List.of(WritingInformationPages.EDITOR, WritingInformationPages.PUBLISHER))
				.containsExactly(StaffRoles.CONTENT_EDITOR, StaffRoles.CONTENT_PUBLISHER)
				.allMatch(StaffRoles.ALL::contains);
	}

	private void publish(String slug, String titleSv, String titleEn) throws Exception {
		write(slug, titleSv, titleEn, editor(DEPARTMENT));
		mvc.perform(post("/staff/information/" + slug + "/submit").with(editor(DEPARTMENT)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/information/" + slug + "/approve").with(publisher(DEPARTMENT)).with(csrf()))
				.andExpect(status().is3xxRedirection());
	}

	private void write(String slug, String titleSv, String titleEn, RequestPostProcessor as) throws Exception {
		write(slug, titleSv, titleEn, as, "/staff/information/new");
	}

	private void write(String slug, String titleSv, String titleEn, RequestPostProcessor as, String path) throws Exception {
		mvc.perform(form(post(path), slug, titleSv, titleEn).param("action", "save").with(as).with(csrf()))
				.andExpect(redirectedUrl("/staff/information/" + slug));
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String slug, String titleSv, String titleEn) {
		return form(request, slug, titleSv, titleEn, Map.of());
	}

	/** The editor's form filled in, with the fields in {@code changed} typed differently. */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String slug, String titleSv, String titleEn,
			Map<String, String> changed) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("department", DEPARTMENT);
		fields.put("titleSv", titleSv);
		fields.put("titleEn", titleEn);
		fields.put("summarySv", "Sammanfattning av " + titleSv);
		fields.put("summaryEn", "Summary of " + titleEn);
		fields.put("bodySv", "# Om strandskydd\n\nText om " + titleSv + ".\n");
		fields.put("bodyEn", "# About shore protection\n\nText about " + titleEn + ".\n");
		fields.putAll(changed);
		fields.forEach(request::param);
		return request.param("eservices", "building-permit").param("lifeSituations", "environment-and-building");
	}

	/** A public page as a visitor reads it; in Swedish without asking, as the frame may have kept it. */
	private String page(String path, String language) throws Exception {
		var request = get(path);
		if (!"sv".equals(language)) {
			request.param("lang", language);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}

	private String staffPage(String slug, RequestPostProcessor as) throws Exception {
		return mvc.perform(get("/staff/information/" + slug).with(as)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}

	static String newSlug() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
