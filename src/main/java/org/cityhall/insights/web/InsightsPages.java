package org.cityhall.insights.web;

import java.util.List;
import java.util.Locale;

import org.cityhall.identity.StaffRoles;
import org.cityhall.insights.EServiceFigures;
import org.cityhall.insights.Insights;
import org.cityhall.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programme's figures: a public page with the headline for transparency, and for programme analysts the
 * overview of every e-service and department and each e-service's charts, every chart beside its table.
 */
@Controller
class InsightsPages {

	private final Insights insights;

	InsightsPages(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/insights")
	String publicPage(Locale locale, Model model) {
		List<EServiceFigures> all = insights.all(locale);
		model.addAttribute("headline", insights.headline(all));
		model.addAttribute("eservices", all.stream().filter(f -> !f.months().isEmpty()).toList());
		return "insights/public";
	}

	@GetMapping("/staff/insights")
	String overview(Actor analyst, Locale locale, Model model) {
		allowed(analyst);
		List<EServiceFigures> all = insights.all(locale);
		model.addAttribute("headline", insights.headline(all));
		model.addAttribute("departments", insights.departments(all));
		model.addAttribute("eservices", all);
		return "insights/overview";
	}

	@GetMapping("/staff/insights/{id}")
	String eservice(Actor analyst, @PathVariable String id, Model model) {
		allowed(analyst);
		model.addAttribute("f", insights.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "insights/eservice";
	}

	static void allowed(Actor analyst) {
		if (!analyst.hasRole(StaffRoles.PROGRAMME_ANALYST)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
