package org.cityhall.queues.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.queues.Alternative;
import org.cityhall.queues.Entry;
import org.cityhall.queues.HousingListings;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A landlord's page, for someone acting for the company that lets: publishing a listing, and for each
 * listing the interested members ranked by queue days, without the households its requirements exclude.
 */
@Controller
class LandlordController {

	private final HousingListings listings;
	private final HousingController housing;
	private final EntryRows rows;

	LandlordController(HousingListings listings, HousingController housing, EntryRows rows) {
		this.listings = listings;
		this.housing = housing;
		this.rows = rows;
	}

	/** One interested member as the landlord sees them. */
	record MemberRow(int rank, String name, long queueDays, String household, String meetsIncome) {
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
		java.util.List<MemberRow> rowsOut = new java.util.ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			Entry member = members.get(i);
			rowsOut.add(new MemberRow(i + 1, member.applicant().displayName() == null ? "" : member.applicant().displayName(),
					EntryRows.queueDays(member), member.householdSize().map(String::valueOf).orElse(""),
					rows.text(member.meetsIncome().orElse(false) ? "queues.yes" : "queues.no", locale)));
		}
		return new RankedListing(housing.row(listing, "", locale), rowsOut);
	}
}
