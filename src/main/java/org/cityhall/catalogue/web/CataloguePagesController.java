package org.cityhall.catalogue.web;

import java.util.List;
import java.util.Locale;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.catalogue.InformationPages;
import org.cityhall.catalogue.LifeSituation;
import org.cityhall.web.PublicContent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The catalogue's pages: the home page by life situation, each life situation, the filter and each e-service. */
@Controller
class CataloguePagesController {

	private final Catalogue catalogue;
	private final InformationPages information;

	CataloguePagesController(Catalogue catalogue, InformationPages information) {
		this.catalogue = catalogue;
		this.information = information;
	}

	@PublicContent
	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("lifeSituations", catalogue.lifeSituations());
		model.addAttribute("counts", catalogue.countsByLifeSituation());
		model.addAttribute("total", catalogue.all(Locale.ROOT).size());
		return "catalogue/home";
	}

	@PublicContent
	@GetMapping("/life-situations/{id}")
	String lifeSituation(@PathVariable String id, Model model, Locale locale) {
		LifeSituation situation = catalogue.lifeSituation(id).orElseThrow(CataloguePagesController::notFound);
		model.addAttribute("situation", situation);
		model.addAttribute("eservices", catalogue.in(situation, locale));
		model.addAttribute("readMore", information.inLifeSituation(situation.id()));
		return "catalogue/life-situation";
	}

	/** The whole catalogue, filtered by text; a plain GET form, so it works without JavaScript. */
	@GetMapping("/eservices")
	String list(@RequestParam(name = "q", required = false) String query, Model model, Locale locale) {
		String typed = query == null ? "" : query;
		model.addAttribute("query", typed);
		if (typed.length() > Catalogue.MAX_QUERY_LENGTH) {
			model.addAttribute("queryTooLong", true);
			model.addAttribute("maxQueryLength", Catalogue.MAX_QUERY_LENGTH);
			model.addAttribute("eservices", List.of());
			return "catalogue/list";
		}
		List<EService> found = catalogue.filter(typed, locale);
		model.addAttribute("filtered", !typed.isBlank());
		model.addAttribute("eservices", found);
		return "catalogue/list";
	}

	@PublicContent
	@GetMapping("/eservices/{id}")
	String eservice(@PathVariable String id, Model model) {
		EService eservice = catalogue.find(id).orElseThrow(CataloguePagesController::notFound);
		model.addAttribute("eservice", eservice);
		model.addAttribute("fee", eservice.fee().orElse(null));
		model.addAttribute("benefit", eservice.benefit());
		model.addAttribute("paybackYears", eservice.benefit().paybackYears().orElse(null));
		model.addAttribute("meetsPayback", catalogue.meetsPaybackRequirement(eservice));
		model.addAttribute("paybackRequirement", catalogue.paybackRequirementYears());
		model.addAttribute("readMore", information.aboutEService(eservice.id()));
		return "catalogue/eservice";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
