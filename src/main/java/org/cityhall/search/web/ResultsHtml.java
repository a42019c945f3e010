package org.cityhall.search.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityhall.search.SearchResults;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The results and the facets of the results page, written here and printed by the template with
 * {@code th:utext}: templating each result's and each facet's half-dozen expressions was the larger
 * part of what a search cost a resident, more than finding the results.
 *
 * <p>Every text and address is escaped for HTML. A result's title and passage come already escaped
 * from the highlighter, with the words found in {@code <mark>}, and are written as they are.
 */
final class ResultsHtml {

	private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final MessageSource messages;
	private final Locale locale;
	private final String contextPath;

	/**
	 * @param contextPath what the application's addresses start with ({@code ""} at the root), put before a
	 * result's address as {@code @{...}} does in a template
	 */
	ResultsHtml(MessageSource messages, Locale locale, String contextPath) {
		this.messages = messages;
		this.locale = locale;
		this.contextPath = contextPath;
	}

	/** The results as the items of the page's {@code <ol>}: title as a link, kind, department, date, passage. */
	String hits(List<SearchResults.Hit> hits, Map<String, String> departmentNames, ZoneId zone) {
		StringBuilder html = new StringBuilder(hits.size() * 600);
		for (SearchResults.Hit hit : hits) {
			html.append("<li class=\"city-search-results__item\">\n<h3 class=\"govuk-heading-s govuk-!-margin-bottom-1\">")
					.append("<a class=\"govuk-link\" href=\"").append(escape(url(hit.url()))).append("\">").append(hit.titleHtml())
					.append("</a></h3>\n<p class=\"govuk-body-s city-muted govuk-!-margin-bottom-1\"><span>")
					.append(escape(kind(hit.kind()))).append("</span>");
			hit.department().ifPresent(department -> html.append(" · <span>")
					.append(escape(departmentNames.getOrDefault(department, department))).append("</span>"));
			hit.updatedAt().ifPresent(updated -> html.append(" · <span>").append(UPDATED.format(updated.atZone(zone)))
					.append("</span>"));
			html.append("</p>\n");
			if (!hit.snippetHtml().isEmpty()) {
				html.append("<p class=\"govuk-body govuk-!-margin-bottom-0\">").append(hit.snippetHtml()).append("</p>\n");
			}
			html.append("</li>\n");
		}
		return html.toString();
	}

	/**
	 * A facet's values as the items of its {@code <ul>}: each a link that narrows the results to it, the
	 * chosen one as text marked current, with how many results have it.
	 *
	 * @param kinds whether the values are kinds of result, named by the page's texts; otherwise their labels are shown
	 */
	String facet(List<SearchController.FacetLink> links, boolean kinds) {
		StringBuilder html = new StringBuilder(links.size() * 160);
		for (SearchController.FacetLink link : links) {
			String text = messages.getMessage("search.facet.count",
					new Object[] {kinds ? kind(link.value()) : link.label(), link.count()}, locale);
			html.append("<li>");
			if (link.chosen()) {
				html.append("<strong aria-current=\"true\">").append(escape(text)).append("</strong>");
			}
			else {
				html.append("<a class=\"govuk-link\" href=\"").append(escape(link.href())).append("\">").append(escape(text))
						.append("</a>");
			}
			html.append("</li>\n");
		}
		return html.toString();
	}

	/** A kind of result in the page's language, or as it is named in the index when the page has no text for it. */
	private String kind(String kind) {
		return messages.getMessage("search.kind." + kind, null, kind, locale);
	}

	private String url(String url) {
		return url.startsWith("/") ? contextPath + url : url;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
