package org.cityhall.queues.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.queues.Alternative;
import org.cityhall.queues.Entry;
import org.cityhall.queues.HousingListings;
import org.cityhall.queues.OrderIndex.Standing;
import org.cityhall.queues.QueueEntries;
import org.cityhall.queues.QueueRefused;
import org.cityhall.queues.Queues;
import org.cityhall.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The housing queue for its members: queue days, the listings with their requirements, registering and
 * withdrawing interest (up to the queue's limit) and the member's position for each listing.
 */
@Controller
class HousingController {

	private final HousingListings listings;
	private final QueueEntries entries;
	private final Queues queues;
	private final EntryRows rows;

	HousingController(HousingListings listings, QueueEntries entries, Queues queues, EntryRows rows) {
		this.listings = listings;
		this.entries = entries;
		this.queues = queues;
		this.rows = rows;
	}

	/** A listing as members and landlords see it. */
	record ListingRow(String id, String name, String district, String rooms, String size, String rent, String requirements,
			String interest) {
	}

	@GetMapping("/my-pages/housing")
	String listings(Actor actor, Model model, Locale locale) {
		return page(actor, model, locale, null);
	}

	@PostMapping("/my-pages/housing/interest")
	String interest(@RequestParam String listing, @RequestParam String action, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Optional<Entry> member = listings.membershipOf(actor);
		if (member.isEmpty()) {
			return "redirect:/my-pages/housing";
		}
		List<String> interests = new ArrayList<>(member.get().activeChoices().stream().map(Entry.Choice::alternativeId).toList());
		interests.remove(listing);
		if ("add".equals(action)) {
			interests.add(listing);
		}
		try {
			entries.changeChoices(member.get().reference(), actor, interests, false);
			return "redirect:/my-pages/housing";
		}
		catch (QueueRefused refused) {
			return page(actor, model, locale, rows.text(refused.messageKey(), locale, refused.arguments().toArray()));
		}
	}

	private String page(Actor actor, Model model, Locale locale, String error) {
		Optional<Entry> member = listings.membershipOf(actor);
		model.addAttribute("member", member.isPresent());
		if (member.isPresent()) {
			Map<String, Standing> standings = entries.standings(member.get());
			model.addAttribute("intro", rows.text("queues.housing.intro", locale, EntryRows.queueDays(member.get()),
					queues.queue(HousingListings.QUEUE).orElseThrow().maxChoices()));
			model.addAttribute("listings", queues.alternatives(HousingListings.QUEUE).stream()
					.map(listing -> row(listing, Optional.ofNullable(standings.get(listing.id()))
							.map(standing -> rows.text("queues.housing.interested", locale, standing.position())).orElse(""), locale))
					.toList());
		}
		if (error != null) {
			model.addAttribute("errors", List.of(Map.of("href", "#listings", "text", error)));
		}
		return "queues/housing";
	}

	ListingRow row(Alternative listing, String interest, Locale locale) {
		List<String> requirements = new ArrayList<>();
		if (listing.facts().containsKey("maxHousehold")) {
			requirements.add(rows.text("queues.housing.requirement.household", locale, listing.intFact("maxHousehold", 0)));
		}
		if (Boolean.TRUE.equals(listing.facts().get("incomeRequired"))) {
			requirements.add(rows.text("queues.housing.requirement.income", locale));
		}
		return new ListingRow(listing.id(), listing.name(), listing.district(), listing.textFact("rooms"),
				rows.text("queues.housing.size-m2", locale, listing.intFact("size", 0)),
				rows.text("queues.housing.rent-sek", locale, listing.intFact("rent", 0)),
				requirements.isEmpty() ? rows.text("queues.housing.requirement.none", locale) : String.join(", ", requirements),
				interest);
	}

}
