package org.cityhall.registers.web;

import java.util.List;

import org.cityhall.registers.Plans;
import org.cityhall.registers.Properties;
import org.cityhall.registers.RegisteredProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Which detailed development plan applies to a property, and each plan's page. */
@Controller
class PlansController {

	private final Plans plans;
	private final Properties properties;

	PlansController(Plans plans, Properties properties) {
		this.plans = plans;
		this.properties = properties;
	}

	@GetMapping("/registers/plans")
	String lookUp(@RequestParam(required = false) String property, Model model) {
		model.addAttribute("property", property == null ? "" : property);
		Queries.problem(property).ifPresentOrElse(problem -> model.addAttribute("error", problem), () -> {
			if (property != null) {
				var found = properties.byDesignation(property);
				model.addAttribute("found", found.orElse(null));
				model.addAttribute("plans", found.map(RegisteredProperty::designation).map(plans::forProperty).orElse(List.of()));
				if (found.isEmpty()) {
					model.addAttribute("error", "registers.plans.unknown-property");
				}
			}
		});
		return "registers/plans";
	}

	@GetMapping("/registers/plans/{number}")
	String plan(@PathVariable String number, Model model) {
		model.addAttribute("plan", plans.byNumber(number.replaceFirst("^(\\p{L}+)-", "$1 "))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "registers/plan";
	}
}
