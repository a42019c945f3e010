package org.cityhall.queues.web;

import java.util.Locale;

import org.cityhall.queues.MakingOffers;
import org.cityhall.queues.Queue;
import org.cityhall.queues.Queues;
import org.cityhall.queues.WaitingTimes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Public: free places, how many wait and the typical wait at each pre-school, for parents choosing where to apply. */
@Controller
class PreschoolPlacesController {

	private final Queues queues;
	private final MakingOffers offers;
	private final WaitingTimes waitingTimes;
	private final EntryRows rows;

	PreschoolPlacesController(Queues queues, MakingOffers offers, WaitingTimes waitingTimes, EntryRows rows) {
		this.queues = queues;
		this.offers = offers;
		this.waitingTimes = waitingTimes;
		this.rows = rows;
	}

	/** One pre-school's public figures. */
	record PlaceRow(String name, String district, int free, int waiting, String typicalWait) {
	}

	@GetMapping("/queues/preschools")
	String preschools(Model model, Locale locale) {
		Queue queue = queues.queue("preschool").orElseThrow();
		model.addAttribute("preschools", queues.alternatives(queue.id()).stream()
				.map(alternative -> new PlaceRow(alternative.name(), alternative.district(), offers.freePlaces(alternative.id()),
						queues.orderFor(alternative, queue.rule()).size(),
						waitingTimes.medianDays(alternative.id()).stream()
								.mapToObj(days -> rows.text("queues.public.wait-days", locale, days)).findFirst()
								.orElse(rows.text("queues.public.wait-unknown", locale))))
				.toList());
		return "queues/preschools";
	}
}
