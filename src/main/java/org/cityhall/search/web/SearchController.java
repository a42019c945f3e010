package org.cityhall.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.cityhall.identity.Actors;
import org.cityhall.search.SearchPortal;
import org.cityhall.search.SearchResults;
import org.cityhall.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The results page, {@code /search?q=…}: a plain GET form, facets and pages as links, so it all works
 * without JavaScript; and the suggestions as you type, {@code /search/suggest?q=…}, as JSON.
 */
@Controller
class SearchController {

	/** A facet value as the page shows it: lower case with hyphens. */
	private static final Pattern VALUE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

	private final SearchPortal portal;
	private final Actors actors;
	private final Catalogue catalogue;
	private final MessageSource messages;

	SearchController(SearchPortal portal, Actors actors, Catalogue catalogue, MessageSource messages) {
		this.portal = portal;
		this.actors = actors;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "department", required = false) String department,
			@RequestParam(name = "page", required = false) String page,
			HttpServletRequest request, Model model, Locale locale) {
		String typed = query == null ? "" : query;
		model.addAttribute("query", typed);
		model.addAttribute("maxQueryLength", SearchPortal.MAX_QUERY_LENGTH);
		if (typed.length() > SearchPortal.MAX_QUERY_LENGTH) {
			model.addAttribute("queryTooLong", true);
			return "search/results";
		}
		model.addAttribute("queryTooLong", false);
		if (typed.isBlank()) {
			return "search/results";
		}
		Optional<String> chosenKind = value(kind);
		Optional<String> chosenDepartment = value(department);
		Optional<Actor> searcher = actors.current(request);
		SearchResults results = portal.search(searcher, typed, chosenKind, chosenDepartment, pageNumber(page), locale);
		model.addAttribute("results", results);
		List<FacetLink> kinds = facet(results.kinds(), "kind", chosenKind, typed, chosenKind, chosenDepartment, locale);
		List<FacetLink> departments = facet(results.departments(), "department", chosenDepartment, typed, chosenKind,
				chosenDepartment, locale);
		ResultsHtml html = new ResultsHtml(messages, locale, request.getContextPath());
		model.addAttribute("kindsHtml", html.facet(kinds, true));
		model.addAttribute("departmentsHtml", html.facet(departments, false));
		model.addAttribute("hitsHtml", html.hits(results.hits(), departmentNames(locale), STOCKHOLM));
		model.addAttribute("chosenKind", chosenKind.orElse(null));
		model.addAttribute("chosenDepartment", chosenDepartment.map(id -> departmentName(id, locale)).orElse(null));
		model.addAttribute("withoutKind", link(typed, Optional.empty(), chosenDepartment, 1));
		model.addAttribute("withoutDepartment", link(typed, chosenKind, Optional.empty(), 1));
		model.addAttribute("pages", pages(results, typed, chosenKind, chosenDepartment));
		model.addAttribute("previousPage", link(typed, chosenKind, chosenDepartment, results.page() - 1));
		model.addAttribute("nextPage", link(typed, chosenKind, chosenDepartment, results.page() + 1));
		return "search/results";
	}

	/** Suggestions as you type: titles the searcher may see that complete the text. */
	@GetMapping(value = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, List<String>>> suggest(@RequestParam(name = "q", required = false) String query,
			HttpServletRequest request, Locale locale) {
		List<String> suggestions = portal.suggest(actors.current(request), query, locale);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("suggestions", suggestions));
	}

	private static Optional<String> value(String typed) {
		return typed != null && VALUE.matcher(typed).matches() ? Optional.of(typed) : Optional.empty();
	}

	private static int pageNumber(String typed) {
		try {
			int page = typed == null ? 1 : Integer.parseInt(typed.strip());
			return Math.max(1, Math.min(page, SearchPortal.MAX_PAGES));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	private List<FacetLink> facet(List<SearchResults.Count> counts, String dimension, Optional<String> chosen, String query,
			Optional<String> kind, Optional<String> department, Locale locale) {
		List<FacetLink> links = new ArrayList<>();
		for (SearchResults.Count count : counts) {
			String href = "kind".equals(dimension) ? link(query, Optional.of(count.value()), department, 1)
					: link(query, kind, Optional.of(count.value()), 1);
			String label = "kind".equals(dimension) ? count.value() : departmentName(count.value(), locale);
			links.add(new FacetLink(count.value(), label, count.count(), href, chosen.equals(Optional.of(count.value()))));
		}
		return links;
	}

	private List<PageLink> pages(SearchResults results, String query, Optional<String> kind, Optional<String> department) {
		List<PageLink> pages = new ArrayList<>();
		int last = results.pages();
		for (int number = 1; number <= last; number++) {
			// Around the current page, the first and the last: the GOV.UK pattern, with gaps between.
			if (number == 1 || number == last || Math.abs(number - results.page()) <= 2) {
				pages.add(new PageLink(number, link(query, kind, department, number), number == results.page(), false));
			}
			else if (!pages.isEmpty() && !pages.get(pages.size() - 1).gap()) {
				pages.add(new PageLink(0, null, false, true));
			}
		}
		return pages;
	}

	static String link(String query, Optional<String> kind, Optional<String> department, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search").queryParam("q", query);
		kind.ifPresent(value -> link.queryParam("kind", value));
		department.ifPresent(value -> link.queryParam("department", value));
		if (page > 1) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
	}

	private Map<String, String> departmentNames(Locale locale) {
		Map<String, String> names = new java.util.HashMap<>();
		for (Department department : catalogue.departments()) {
			names.put(department.id(), department.name().in(locale));
		}
		return names;
	}

	private String departmentName(String id, Locale locale) {
		return catalogue.departments().stream().filter(d -> d.id().equals(id)).findFirst()
				.map(d -> d.name().in(locale)).orElse(id);
	}

	/** A facet's value as a link that narrows the results to it. */
	record FacetLink(String value, String label, long count, String href, boolean chosen) {
	}

	/** A link to a page of results, or a gap between them. */
	record PageLink(int number, String href, boolean current, boolean gap) {

		/** The GOV.UK pagination item's modifier class, if any. */
		public String modifier() {
			return current ? "govuk-pagination__item--current" : gap ? "govuk-pagination__item--ellipses" : "";
		}
	}
}
