package org.cityhall.queues.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.SignedIn;
import org.cityhall.queues.Entry;
import org.cityhall.queues.Queues;
import org.cityhall.shared.Party;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On My pages: the person's queue entries and their children's, each linking to its positions. A
 * child's entry made without login shows here for every guardian the population register knows today:
 * that is how such an application joins the guardian's account when they sign in.
 */
@Component
class QueuesSection implements MyPagesSection {

	private final Queues queues;
	private final PopulationRegister population;
	private final EntryRows rows;

	QueuesSection(Queues queues, PopulationRegister population, EntryRows rows) {
		this.queues = queues;
		this.population = population;
		this.rows = rows;
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return signedIn(person).<Supplier<Optional<Content>>>map(signedIn -> {
			Party party = signedIn.party();
			Supplier<List<Entry>> own = queues.entriesOf(party, reads);
			Supplier<List<Person>> children = party instanceof Party.Person adult ? population.childrenOf(adult.number(), reads)
					: List::of;
			return () -> content(own.get(), children.get(), locale);
		}).orElse(Optional::empty);
	}

	private static Optional<SignedIn> signedIn(Principal person) {
		Object principal = person instanceof Authentication authentication ? authentication.getPrincipal() : person;
		return principal instanceof SignedIn signedIn ? Optional.of(signedIn) : Optional.empty();
	}

	/** The party's own entries, then those of the children in their care that are not already among them. */
	private Optional<Content> content(List<Entry> own, List<Person> children, Locale locale) {
		Map<String, Entry> found = new LinkedHashMap<>();
		own.forEach(entry -> found.put(entry.reference(), entry));
		children.forEach(child -> queues.entriesOf(new Party.Person(child.number(), null))
				.forEach(entry -> found.putIfAbsent(entry.reference(), entry)));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(rows.text("queues.my-pages.heading", locale), "queues/my-pages :: entries",
				Map.of("entries", found.values().stream().map(entry -> rows.row(entry, locale)).toList())));
	}
}
