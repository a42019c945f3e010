package org.cityhall.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page of what a search found for its searcher.
 *
 * @param query the query as typed
 * @param total how many documents the searcher may see were found
 * @param page the page shown, from 1
 * @param pageSize how many results a page holds
 * @param hits the results on this page, best first
 * @param kinds how many were found of each kind, most first (before the kind or department chosen narrowed them)
 * @param departments how many were found of each department, most first
 * @param someWords whether no result had every word, so these are the results with most of them
 */
public record SearchResults(String query, long total, int page, int pageSize, List<Hit> hits, List<Count> kinds,
		List<Count> departments, boolean someWords) {

	public SearchResults {
		hits = List.copyOf(hits);
		kinds = List.copyOf(kinds);
		departments = List.copyOf(departments);
	}

	public static SearchResults none(String query) {
		return new SearchResults(query, 0, 1, SearchPortal.PAGE_SIZE, List.of(), List.of(), List.of(), false);
	}

	/** How many pages the results fill, at most {@link SearchPortal#MAX_PAGES}. */
	public int pages() {
		long pages = (total + pageSize - 1) / pageSize;
		return (int) Math.min(pages, SearchPortal.MAX_PAGES);
	}

	/**
	 * A result.
	 *
	 * @param titleHtml the title in the page's language, HTML-escaped, the words found in {@code <mark>}
	 * @param snippetHtml a passage of its text with the words found, escaped and marked alike; may be empty
	 * @param url where it leads
	 * @param matter its matter (case number), for an archive record
	 * @param subject whose record it is, for a record about someone
	 */
	public record Hit(String kind, String titleHtml, String snippetHtml, String url, Optional<String> department,
			Optional<Instant> updatedAt, Optional<String> matter, Optional<String> subject) {
	}

	/** A facet's value and how many results have it. */
	public record Count(String value, long count) {
	}
}
