package org.cityhall.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A module's part of My pages: the person's drafts and cases, queue places, bookings, permits,
 * invoices. My pages asks every section for the signed-in person's content and knows no module's
 * tables.
 */
public interface MyPagesSection {

	/** Lower comes first. */
	int order();

	/**
	 * The section's content for the signed-in person, or empty when the person has nothing here.
	 * @param person who is signed in
	 * @param locale the page's language
	 */
	Optional<Content> contentFor(Principal person, Locale locale);

	/**
	 * @param heading the section's heading, already in the page's language
	 * @param fragment the Thymeleaf fragment that renders the section
	 * @param model what the fragment needs, available to it as {@code section.model}
	 */
	record Content(String heading, String fragment, Map<String, ?> model) {
	}
}
