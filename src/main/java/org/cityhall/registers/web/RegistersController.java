package org.cityhall.registers.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The registers' front page: what each register holds and where to search it. */
@Controller
class RegistersController {

	@GetMapping("/registers")
	String index() {
		return "registers/index";
	}

	/** Where the catalogue's start button for a register e-service ({@code /registers/<e-service id>}) leads. */
	@GetMapping("/registers/radon-readings")
	String radonReadings() {
		return "redirect:/registers/radon";
	}

	@GetMapping("/registers/food-inspection-results")
	String foodInspectionResults() {
		return "redirect:/registers/food";
	}
}
