package org.cityhall.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
	 * The section's content in two steps, so that My pages sends every section's queries to the database in
	 * one round trip: the section queues its queries in {@code reads} now, and builds its content from their
	 * rows when the supplier is called. A section that does not queue its queries is asked for
	 * {@link #contentFor} when the supplier is called.
	 * @param person who is signed in
	 * @param locale the page's language
	 * @param reads where the section queues its queries
	 */
	default Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return () -> contentFor(person, locale);
	}

	/**
	 * @param heading the section's heading, already in the page's language
	 * @param fragment the Thymeleaf fragment that renders the section
	 * @param model what the fragment needs, available to it as {@code section.model}
	 */
	record Content(String heading, String fragment, Map<String, ?> model) {
	}
}
