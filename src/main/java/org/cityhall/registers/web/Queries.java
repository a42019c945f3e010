package org.cityhall.registers.web;

import java.util.Optional;
import java.util.function.BiFunction;

import org.cityhall.registers.SearchPage;
import org.springframework.ui.Model;

import org.springframework.web.util.UriComponentsBuilder;

/** What a register's search box accepts, and the links to a result page's neighbours. */
final class Queries {

	static final int MAX_LENGTH = 200;

	private Queries() {
	}

	/** The message key of what is wrong with a submitted query, if anything; null means not submitted. */
	static Optional<String> problem(String query) {
		if (query == null) {
			return Optional.empty();
		}
		if (query.isBlank()) {
			return Optional.of("registers.search.empty");
		}
		if (query.length() > MAX_LENGTH) {
			return Optional.of("registers.search.too-long");
		}
		return Optional.empty();
	}

	/**
	 * Puts a register search's page in the model: the query as typed, and either what is wrong with it or,
	 * when one was submitted, the page found with the links to its neighbours.
	 */
	static void answer(Model model, String path, String query, int page, BiFunction<String, Integer, SearchPage> search) {
		model.addAttribute("query", query == null ? "" : query);
		Optional<String> problem = problem(query);
		if (problem.isPresent()) {
			model.addAttribute("error", problem.get());
			return;
		}
		if (query != null) {
			SearchPage found = search.apply(query, page);
			model.addAttribute("found", found);
			model.addAttribute("previousUrl", page(path, query, found.page() - 1, found.pages()));
			model.addAttribute("nextUrl", page(path, query, found.page() + 1, found.pages()));
		}
	}

	/** The link to another page of the same search, or null when there is none. */
	static String page(String path, String query, int page, int pages) {
		if (page < 1 || page > pages) {
			return null;
		}
		return UriComponentsBuilder.fromPath(path).queryParam("q", query).queryParam("page", page).encode().build()
				.toUriString();
	}
}
