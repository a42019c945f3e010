package org.cityhall.web;

import java.security.Principal;
import java.util.List;
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
	 * The section's content for the signed-in person in two steps, so that My pages sends every section's queries
	 * to the database in one round trip: the section queues its queries in {@code reads} now, and builds its
	 * content from their rows when the supplier is called. The supplier gives empty when the person has nothing
	 * here. A section may also read what depends on those rows when the supplier is called (an invoice's lines
	 * once there are invoices); that goes in a round trip of its own.
	 * @param person who is signed in
	 * @param locale the page's language
	 * @param reads where the section queues its queries
	 */
	Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads);

	/**
	 * The sections' contents for the person, in the order given: every section queues its queries first, and
	 * then each builds its content, so that the queries go to the database together.
	 */
	static List<Content> contentsFor(List<MyPagesSection> sections, Principal person, Locale locale, MyPagesReads reads) {
		List<Supplier<Optional<Content>>> prepared = sections.stream().map(section -> section.prepare(person, locale, reads)).toList();
		return prepared.stream().map(Supplier::get).flatMap(Optional::stream).toList();
	}

	/**
	 * @param heading the section's heading, already in the page's language
	 * @param fragment the Thymeleaf fragment that renders the section
	 * @param model what the fragment needs, available to it as {@code section.model}
	 */
	record Content(String heading, String fragment, Map<String, ?> model) {
	}
}
