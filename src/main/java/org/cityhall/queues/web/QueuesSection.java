package org.cityhall.queues.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.SignedIn;
import org.cityhall.queues.Entry;
import org.cityhall.queues.Queues;
import org.cityhall.shared.Party;
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
	public Optional<Content> contentFor(Principal person, Locale locale) {
		Object principal = person instanceof Authentication authentication ? authentication.getPrincipal() : person;
		if (!(principal instanceof SignedIn signedIn)) {
			return Optional.empty();
		}
		List<Entry> found = entriesFor(signedIn.party(), population);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(rows.text("queues.my-pages.heading", locale), "queues/my-pages :: entries",
				Map.of("entries", found.stream().map(entry -> rows.row(entry, locale)).toList())));
	}

	/** The party's own entries and those of the children in their custody today, each once. */
	List<Entry> entriesFor(Party party, PopulationRegister register) {
		Map<String, Entry> found = new LinkedHashMap<>();
		queues.entriesOf(party).forEach(entry -> found.put(entry.reference(), entry));
		if (party instanceof Party.Person person) {
			register.childrenOf(person.number()).forEach(child -> queues.entriesOf(new Party.Person(child.number(), null))
					.forEach(entry -> found.putIfAbsent(entry.reference(), entry)));
		}
		return List.copyOf(found.values());
	}
}
