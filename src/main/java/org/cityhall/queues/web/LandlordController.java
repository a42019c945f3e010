package org.cityhall.queues.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.cityhall.queues.Alternative;
import org.cityhall.queues.Entry;
import org.cityhall.queues.HousingListings;
import org.cityhall.queues.MakingOffers;
import org.cityhall.queues.Offer;
import org.cityhall.queues.QueueRefused;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A landlord's page, for someone acting for the company that lets: publishing a listing, and for each
 * listing the interested members ranked by queue days, without the households its requirements exclude;
 * inviting the best ranked to a viewing, their answers, and offering the contract to the member chosen.
 */
@Controller
class LandlordController {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final HousingListings listings;
	private final MakingOffers offers;
	private final HousingController housing;
	private final EntryRows rows;
	private final Clock clock;

	LandlordController(HousingListings listings, MakingOffers offers, HousingController housing, EntryRows rows, Clock clock) {
		this.listings = listings;
		this.offers = offers;
		this.housing = housing;
		this.rows = rows;
		this.clock = clock;
	}

	/**
	 * One interested member as the landlord sees them, with their answer to a viewing and the state of a
	 * contract offered, each empty when there is none.
	 */
	record MemberRow(int rank, String entryId, String name, long queueDays, String household, String meetsIncome,
			String viewing, String contract, boolean mayOfferContract) {
	}

	/** A listing and its ranked interest. */
	record RankedListing(HousingController.ListingRow listing, List<MemberRow> members) {
	}

	@GetMapping("/my-pages/housing/landlord")
	String landlord(Actor actor, Model model, Locale locale) {
		return page(actor, model, locale, Map.of(), Map.of());
	}

	@PostMapping("/my-pages/housing/landlord/listings")
	String publish(@RequestParam Map<String, String> form, Actor actor, Model model, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = form.getOrDefault("name", "").strip();
		String district = form.getOrDefault("district", "").strip();
		if (name.isEmpty() || name.length() > 200) {
			errors.put("name", rows.text("queues.landlord.error.text", locale));
		}
		if (district.isEmpty() || district.length() > 100) {
			errors.put("district", rows.text("queues.landlord.error.text", locale));
		}
		Optional<Integer> rooms = number(form, "rooms", false, errors, locale);
		Optional<Integer> size = number(form, "size", false, errors, locale);
		Optional<Integer> rent = number(form, "rent", false, errors, locale);
		Optional<Integer> maxHousehold = number(form, "maxHousehold", true, errors, locale);
		if (!errors.isEmpty()) {
			return page(actor, model, locale, errors, form);
		}
		listings.publish(actor, new HousingListings.Listing(name, district, rooms.orElseThrow(), size.orElseThrow(),
				rent.orElseThrow(), maxHousehold, "yes".equals(form.get("incomeRequired"))));
		return "redirect:/my-pages/housing/landlord";
	}

	/** Invites the best-ranked members not yet invited to a viewing of the listing. */
	@PostMapping("/my-pages/housing/landlord/listings/{listing}/viewings")
	String invite(@PathVariable String listing, @RequestParam Map<String, String> form, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<LocalDate> day = day(form.getOrDefault("viewingDate-" + listing, ""));
		if (day.isEmpty() || day.get().isBefore(LocalDate.now(clock.withZone(SWEDEN)))) {
			errors.put("viewingDate-" + listing, rows.text("queues.landlord.error.date", locale));
		}
		Optional<LocalTime> time = time(form.getOrDefault("viewingTime-" + listing, ""));
		if (time.isEmpty()) {
			errors.put("viewingTime-" + listing, rows.text("queues.landlord.error.time", locale));
		}
		String place = form.getOrDefault("viewingPlace-" + listing, "").strip();
		if (place.isEmpty() || place.length() > 200) {
			errors.put("viewingPlace-" + listing, rows.text("queues.landlord.error.place", locale));
		}
		Optional<Integer> count = number(form, "viewingCount-" + listing, false, errors, locale)
				.filter(n -> n <= HousingListings.MAX_INVITED);
		if (count.isEmpty()) {
			errors.put("viewingCount-" + listing, rows.text("queues.landlord.error.count", locale, HousingListings.MAX_INVITED));
		}
		if (errors.isEmpty()) {
			try {
				int invited = listings.inviteToViewing(actor, listing, count.get(),
						day.get().atTime(time.get()).atZone(SWEDEN).toInstant(), place).size();
				redirect.addFlashAttribute("done", rows.text("queues.landlord.viewing.invited", locale, invited));
				return "redirect:/my-pages/housing/landlord#ranked-" + listing;
			}
			catch (QueueRefused refused) {
				errors.put("viewingDate-" + listing, rows.text(refused.messageKey(), locale, refused.arguments().toArray()));
			}
		}
		return page(actor, model, locale, errors, form);
	}

	/** Offers the listing's contract to the member the landlord chose. */
	@PostMapping("/my-pages/housing/landlord/listings/{listing}/contracts")
	String offerContract(@PathVariable String listing, @RequestParam String entry, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			listings.offerContract(actor, listing, UUID.fromString(entry));
			redirect.addFlashAttribute("done", rows.text("queues.landlord.contract.offered", locale));
			return "redirect:/my-pages/housing/landlord#ranked-" + listing;
		}
		catch (QueueRefused | IllegalArgumentException refused) {
			String message = refused instanceof QueueRefused queueRefused
					? rows.text(queueRefused.messageKey(), locale, queueRefused.arguments().toArray())
					: rows.text("queues.refused.not-interested", locale);
			return page(actor, model, locale, Map.of("ranked-" + listing, message), Map.of());
		}
	}

	/** A day as people type it: 2026-12-15, 15 12 2026, 15/12/2026 or 15.12.2026. */
	static Optional<LocalDate> day(String typed) {
		String text = typed.strip();
		try {
			if (text.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
				String[] parts = text.split("-");
				return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
			}
			String[] parts = text.split("[\\s/.]+");
			if (parts.length == 3 && parts[2].length() == 4) {
				return Optional.of(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
			}
		}
		catch (java.time.DateTimeException | NumberFormatException notADay) {
			// told at the field
		}
		return Optional.empty();
	}

	/** A time as people type it: 17:30, 17.30 or 1730. */
	static Optional<LocalTime> time(String typed) {
		String digits = typed.strip().replace(":", "").replace(".", "");
		if (!digits.matches("\\d{3,4}")) {
			return Optional.empty();
		}
		try {
			int value = Integer.parseInt(digits);
			return Optional.of(LocalTime.of(value / 100, value % 100));
		}
		catch (java.time.DateTimeException notATime) {
			return Optional.empty();
		}
	}

	private Optional<Integer> number(Map<String, String> form, String field, boolean optional, Map<String, String> errors,
			Locale locale) {
		String typed = form.getOrDefault(field, "").strip().replace(" ", "");
		if (typed.isEmpty() && optional) {
			return Optional.empty();
		}
		try {
			int value = Integer.parseInt(typed);
			if (value > 0 && value < 1_000_000) {
				return Optional.of(value);
			}
		}
		catch (NumberFormatException notANumber) {
			// told below, at the field
		}
		errors.put(field, rows.text("queues.landlord.error.number", locale));
		return Optional.empty();
	}

	private String page(Actor actor, Model model, Locale locale, Map<String, String> errors, Map<String, String> typed) {
		boolean landlord = actor.forWhom() instanceof Party.Organisation;
		model.addAttribute("landlord", landlord);
		model.addAttribute("company", actor.forWhom().displayName());
		model.addAttribute("ranked", listings.listingsOf(actor).stream().map(listing -> ranked(listing, locale)).toList());
		model.addAttribute("fieldErrors", errors);
		model.addAttribute("errors", errors.entrySet().stream()
				.map(error -> Map.of("href", "#" + error.getKey(), "text", error.getValue())).toList());
		model.addAttribute("typed", typed);
		return "queues/landlord";
	}

	private RankedListing ranked(Alternative listing, Locale locale) {
		List<Entry> members = listings.rankedInterest(listing);
		Map<UUID, HousingListings.Viewing> viewings = new java.util.HashMap<>();
		listings.viewings(listing.id()).forEach(viewing -> viewings.put(viewing.entryId(), viewing));
		// The newest offer to each member decides what the landlord reads.
		Map<UUID, Offer> contracts = new java.util.HashMap<>();
		offers.offersAt(listing.id()).forEach(offer -> contracts.putIfAbsent(offer.entryId(), offer));
		boolean contractOut = contracts.values().stream()
				.anyMatch(offer -> offer.status() == Offer.Status.PENDING || offer.status() == Offer.Status.ACCEPTED);
		java.util.List<MemberRow> rowsOut = new java.util.ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			Entry member = members.get(i);
			Optional<HousingListings.Viewing> viewing = Optional.ofNullable(viewings.get(member.id()));
			Optional<Offer> contract = Optional.ofNullable(contracts.get(member.id()));
			rowsOut.add(new MemberRow(i + 1, member.id().toString(),
					member.applicant().displayName() == null ? "" : member.applicant().displayName(), EntryRows.queueDays(member),
					member.householdSize().map(String::valueOf).orElse(""),
					rows.text(member.meetsIncome().orElse(false) ? "queues.yes" : "queues.no", locale),
					viewing.map(v -> rows.text("queues.landlord.viewing.answer." + v.answer().name().toLowerCase(Locale.ROOT)
							.replace('_', '-'), locale, MakingOffers.stockholmTime(v.at()))).orElse(""),
					contract.map(c -> rows.text("queues.landlord.contract." + c.status().name().toLowerCase(Locale.ROOT), locale))
							.orElse(""),
					!contractOut));
		}
		return new RankedListing(housing.row(listing, "", locale), rowsOut);
	}
}
