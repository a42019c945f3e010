package org.cityhall.queues.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.queues.Alternative;
import org.cityhall.queues.Entry;
import org.cityhall.queues.HousingListings;
import org.cityhall.queues.MakingOffers;
import org.cityhall.queues.OrderIndex.Standing;
import org.cityhall.queues.QueueEntries;
import org.cityhall.queues.QueueRefused;
import org.cityhall.queues.Queues;
import org.cityhall.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The housing queue for its members: queue days, the listings with their requirements, registering and
 * withdrawing interest (up to the queue's limit), the member's position for each listing, invitations to
 * viewings with their answers, and a contract offered.
 */
@Controller
class HousingController {

	private final HousingListings listings;
	private final QueueEntries entries;
	private final Queues queues;
	private final MakingOffers offers;
	private final EntryRows rows;

	HousingController(HousingListings listings, QueueEntries entries, Queues queues, MakingOffers offers, EntryRows rows) {
		this.listings = listings;
		this.entries = entries;
		this.queues = queues;
		this.offers = offers;
		this.rows = rows;
	}

	/** An invitation to a viewing as the member reads it. */
	record ViewingRow(String id, String text, String answer) {
	}

	/** The member answers whether they come to a viewing. */
	@PostMapping("/my-pages/housing/viewings/{viewing}")
	String answerViewing(@PathVariable String viewing, @RequestParam String answer, Actor actor, Model model, Locale locale) {
		try {
			listings.answerViewing(UUID.fromString(viewing), actor, "coming".equals(answer));
			return "redirect:/my-pages/housing#viewings";
		}
		catch (QueueRefused refused) {
			return page(actor, model, locale, rows.text(refused.messageKey(), locale, refused.arguments().toArray()));
		}
		catch (IllegalArgumentException notAnId) {
			return page(actor, model, locale, rows.text("queues.refused.no-viewing", locale));
		}
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
			model.addAttribute("reference", member.get().reference());
			model.addAttribute("viewings", listings.invitationsOf(member.get()).stream()
					.map(viewing -> new ViewingRow(viewing.id().toString(),
							rows.text("queues.housing.viewing.of", locale,
									queues.alternative(viewing.listingId()).map(Alternative::name).orElse(""),
									MakingOffers.stockholmTime(viewing.at()), viewing.place()),
							rows.text("queues.housing.viewing.answer." + viewing.answer().name().toLowerCase(Locale.ROOT).replace('_', '-'),
									locale)))
					.toList());
			model.addAttribute("contract", offers.pendingFor(member.get().id())
					.map(offer -> rows.text("queues.housing.contract", locale,
							queues.alternative(offer.alternativeId()).map(Alternative::name).orElse(""),
							MakingOffers.stockholmTime(offer.deadline())))
					.orElse(null));
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
