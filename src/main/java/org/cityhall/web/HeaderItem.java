package org.cityhall.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Something a module shows in the header of every page: the login link, whom you act for, the
 * search box. Declare an implementation as a bean; the frame renders the visible items in
 * {@link #order()} before the language switch.
 */
public interface HeaderItem {

	/** Lower comes first. */
	int order();

	/**
	 * The Thymeleaf fragment to render, e.g. {@code "identity/header :: login"}. The fragment sees
	 * the page's model and may use {@code #request}.
	 */
	String fragment();

	/** Whether the item belongs on this request's page; by default on every page. */
	default boolean isVisibleFor(HttpServletRequest request) {
		return true;
	}
}
