package org.cityhall.catalogue.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.cityhall.catalogue.EService;
import org.cityhall.catalogue.InformationPages;
import org.cityhall.catalogue.LifeSituation;
import org.cityhall.catalogue.PublishedInformationPage;
import org.cityhall.catalogue.information.InformationMarkdown;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The city's information pages as the public reads them, in the language of the language switch:
 * only published versions; a draft, a version in review or a withdrawn page is not found.
 */
@Controller
class PublicInformationController {

	private final InformationPages pages;
	private final Catalogue catalogue;
	private final InformationMarkdown markdown;

	PublicInformationController(InformationPages pages, Catalogue catalogue, InformationMarkdown markdown) {
		this.pages = pages;
		this.catalogue = catalogue;
		this.markdown = markdown;
	}

	@GetMapping("/information")
	String list(Model model) {
		model.addAttribute("pages", pages.published());
		return "catalogue/information-list";
	}

	@GetMapping("/information/{slug}")
	String page(@PathVariable String slug, Model model, Locale locale) {
		PublishedInformationPage page = pages.findPublished(slug)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<EService> eservices = page.eservices().stream().map(catalogue::find).flatMap(Optional::stream).toList();
		List<LifeSituation> situations = page.lifeSituations().stream().map(catalogue::lifeSituation)
				.flatMap(Optional::stream).toList();
		model.addAttribute("page", page);
		model.addAttribute("zone", StateTags.SWEDEN);
		model.addAttribute("html", markdown.toHtml(page.body().in(locale)));
		model.addAttribute("department", catalogue.departments().stream().filter(d -> d.id().equals(page.department()))
				.findFirst().map(Department::name).orElse(null));
		model.addAttribute("eservices", eservices);
		model.addAttribute("situations", situations);
		model.addAttribute("situation", situations.isEmpty() ? null : situations.get(0));
		return "catalogue/information";
	}
}
