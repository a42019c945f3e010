package org.cityhall.placement.web;

import java.util.List;

import org.cityhall.placement.PlacementResults;
import org.cityhall.placement.PlacementRounds;
import org.cityhall.placement.Round;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** After publication, the free places per school and grade are public: anyone may look before asking for a move. */
@Controller
class FreePlacesController {

	private final PlacementRounds rounds;
	private final PlacementResults results;

	FreePlacesController(PlacementRounds rounds, PlacementResults results) {
		this.rounds = rounds;
		this.results = results;
	}

	@GetMapping("/school-choice/free-places")
	String freePlaces(Model model) {
		Round published = rounds.latest().stream().filter(Round::isPublished).findFirst().orElse(null);
		model.addAttribute("round", published);
		model.addAttribute("places", published == null ? List.of() : results.freePlaces(published.id()));
		return "placement/free-places";
	}
}
