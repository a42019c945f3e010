package org.cityhall.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Something a module shows in the header of every page: the login link, whom you act for, the
 * search box. Declare an implementation as a bean; the frame renders the items that have content
 * for the request, in {@link #order()}, before the language switch.
 */
public interface HeaderItem {

	/** Lower comes first. */
	int order();

	/**
	 * The Thymeleaf fragment to render, e.g. {@code "identity/header :: account"}. The fragment
	 * sees the page's model and, as {@code header}, the map {@link #modelFor} gave.
	 */
	String fragment();

	/** What the fragment needs on this request, or empty to leave the item out of this page. */
	Optional<Map<String, ?>> modelFor(HttpServletRequest request);

	/** One item as it is rendered on one page. */
	record Rendered(String fragment, Map<String, ?> model) {
	}
}
