package org.cityhall.registers.web;

import java.util.UUID;

import org.cityhall.registers.RadonReading;
import org.cityhall.registers.RadonReadings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The radon register's pages: a search box that reads addresses as people type them, and each building's readings. */
@Controller
class RadonController {

	private final RadonReadings radon;

	RadonController(RadonReadings radon) {
		this.radon = radon;
	}

	@GetMapping("/registers/radon")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("referenceLevel", RadonReading.REFERENCE_LEVEL);
		Queries.answer(model, "/registers/radon", q, page, radon::search);
		return "registers/radon";
	}

	@GetMapping("/registers/radon/{propertyId}")
	String building(@PathVariable UUID propertyId, Model model) {
		model.addAttribute("building", radon.building(propertyId)
				.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
		model.addAttribute("referenceLevel", RadonReading.REFERENCE_LEVEL);
		return "registers/radon-building";
	}
}
