package org.cityhall.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.search.SearchResults;
import org.cityhall.web.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ResultsHtmlTest {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final StaticMessageSource messages = new StaticMessageSource();

	ResultsHtmlTest() {
		messages.addMessage("search.kind.case", Languages.SWEDISH, "Ärende");
		messages.addMessage("search.facet.count", Languages.SWEDISH, "{0} ({1,number,integer})");
	}

	@Test
	void writesEachResultWithItsLinkKindDepartmentDateAndPassage() {
		SearchResults.Hit hit = new SearchResults.Hit("case", "Ansökan om <mark>bygglov</mark>", "Ärende <mark>BL</mark>-2020-000000",
				"/my-pages/cases/BL-2020-000000", Optional.of("city-planning"), Optional.of(Instant.parse("2026-11-27T08:30:00Z")),
				Optional.empty(), Optional.empty());

		String html = new ResultsHtml(messages, Languages.SWEDISH, "")
				.hits(List.of(hit), Map.of("city-planning", "Stadsbyggnadskontoret"), STOCKHOLM);

		assertThat(html).contains("<a class=\"govuk-link\" href=\"/my-pages/cases/BL-2020-000000\">Ansökan om <mark>bygglov</mark></a>")
				.contains("<span>Ärende</span> · <span>Stadsbyggnadskontoret</span> · <span>2026-11-27 09:30</span>")
				.contains("<p class=\"govuk-body govuk-!-margin-bottom-0\">Ärende <mark>BL</mark>-2020-000000</p>");
	}

	@Test
	void aResultWithoutDepartmentDateOrPassageLeavesThemOutAndAnUnnamedKindShowsAsIndexed() {
		SearchResults.Hit hit = new SearchResults.Hit("radon-reading", "Radon", "", "/registers/radon", Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty());

		String html = new ResultsHtml(messages, Languages.SWEDISH, "/e-tjanster").hits(List.of(hit), Map.of(), STOCKHOLM);

		assertThat(html).contains("href=\"/e-tjanster/registers/radon\"").contains("<span>radon-reading</span></p>")
				.doesNotContain(" · ").doesNotContain("govuk-!-margin-bottom-0");
	}

	@Test
	void escapesWhatTheHighlighterDidNotWrite() {
		SearchResults.Hit hit = new SearchResults.Hit("<script>", "Titel", "", "/x\"><script>alert(1)</script>",
				Optional.of("<b>department</b>"), Optional.empty(), Optional.empty(), Optional.empty());

		String html = new ResultsHtml(messages, Locale.ENGLISH, "").hits(List.of(hit), Map.of(), STOCKHOLM);

		assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;").contains("&lt;b&gt;department&lt;/b&gt;")
				.contains("href=\"/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
	}

	@Test
	void writesAFacetsValuesAsLinksAndTheChosenOneAsCurrent() {
		List<SearchController.FacetLink> links = List.of(
				new SearchController.FacetLink("case", "case", 12345, "/search?q=bygglov&kind=case", true),
				new SearchController.FacetLink("city-planning", "Stadsbyggnadskontoret & co", 3, "/search?q=bygglov&department=city-planning",
						false));
		ResultsHtml html = new ResultsHtml(messages, Languages.SWEDISH, "");

		assertThat(html.facet(links.subList(0, 1), true)).isEqualTo("<li><strong aria-current=\"true\">Ärende (12\u00a0345)</strong></li>\n");
		assertThat(html.facet(links.subList(1, 2), false)).isEqualTo(
				"<li><a class=\"govuk-link\" href=\"/search?q=bygglov&amp;department=city-planning\">Stadsbyggnadskontoret &amp; co (3)</a></li>\n");
	}
}
