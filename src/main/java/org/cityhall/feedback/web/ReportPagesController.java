package org.cityhall.feedback.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.cases.Case;
import org.cityhall.cases.Cases;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.EService;
import org.cityhall.feedback.ReportCategories;
import org.cityhall.feedback.ReportCategory;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reporting;
import org.cityhall.feedback.Reports;
import org.cityhall.identity.Actors;
import org.cityhall.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public side of reports: the report page with its map (a position typed or clicked, or an address),
 * the open reports nearby shown before sending, a report's screened public page where others add to it,
 * and the reporter's own page (by private link, or on My pages) with the satisfaction question once closed.
 */
@Controller
class ReportPagesController {

	static final double NEARBY_METRES = 100;

	private final ReportCategories categories;
	private final Reports reports;
	private final Reporting reporting;
	private final Cases cases;
	private final Actors actors;
	private final MessageSource messages;
	private final MapSettings map;

	ReportPagesController(ReportCategories categories, Reports reports, Reporting reporting, Cases cases, Actors actors, MessageSource messages,
			@Value("${cityhall.feedback.map.centre:59.3293,18.0686}") String centre, @Value("${cityhall.feedback.map.tiles:}") String tiles,
			@Value("${cityhall.feedback.map.attribution:}") String attribution) {
		this.map = new MapSettings(centre, tiles, attribution);
		this.categories = categories;
		this.reports = reports;
		this.reporting = reporting;
		this.cases = cases;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/feedback/report")
	String form(Model model) {
		return form(ReportForm.empty(UUID.randomUUID().toString()), Map.of(), model);
	}

	@PostMapping("/feedback/report")
	String send(@ModelAttribute ReportForm typed, @RequestParam(defaultValue = "") String confirmed, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		ReportForm form = typed.key() == null || typed.key().isBlank() ? new ReportForm(typed.category(), typed.description(),
				typed.latitude(), typed.longitude(), typed.address(), typed.email(), UUID.randomUUID().toString()) : typed;
		Map<String, String> errors = form.errors(categories);
		if (!errors.isEmpty()) {
			return form(form, errors, model);
		}
		if (!confirmed.equals("yes") && form.position().isPresent()) {
			List<ReportView> near = reports.nearbyOpen(form.position().get(), NEARBY_METRES, 5);
			if (!near.isEmpty()) {
				model.addAttribute("form", form);
				model.addAttribute("near", near);
				model.addAttribute("categories", categories);
				return "feedback/nearby";
			}
		}
		Optional<Actor> actor = actors.current(request);
		try {
			Reporting.Made made = reporting.report(new Reporting.Request(actor, form.category(), form.description(), form.position(),
					Optional.of(form.address()).filter(a -> !a.isEmpty()), Optional.of(form.email()).filter(e -> !e.isEmpty()), Optional.empty(),
					Optional.empty(), Optional.empty(), Map.of(), EService.Channel.WEB, "feedback:" + form.key()));
			redirect.addFlashAttribute("sent", made.report().reference());
			return made.receipt().accessToken().map(token -> "redirect:/feedback/follow/" + token)
					.orElse("redirect:/my-pages/reports/" + made.report().reference());
		}
		catch (SubmissionRefused refused) {
			return form(form, Map.of("category", refused.messageKey()), model);
		}
	}

	@GetMapping("/feedback/reports/{reference}")
	String publicReport(@PathVariable String reference, Model model) {
		ReportView report = reports.find(reference).filter(ReportView::publicView)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("report", report);
		model.addAttribute("category", categories.find(report.category()).orElseThrow());
		return "feedback/public";
	}

	@PostMapping("/feedback/reports/{reference}/support")
	String support(@PathVariable String reference, RedirectAttributes redirect) {
		ReportView report = reports.find(reference).filter(ReportView::publicView)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (report.isOpen()) {
			reports.support(reference);
			redirect.addFlashAttribute("supported", true);
		}
		return "redirect:/feedback/reports/" + reference;
	}

	@GetMapping("/feedback/follow/{token}")
	String follow(@PathVariable String token, Model model) {
		return own(byToken(token), "/feedback/follow/" + token, model);
	}

	@PostMapping("/feedback/follow/{token}/satisfaction")
	String satisfactionByToken(@PathVariable String token, @RequestParam(defaultValue = "") String satisfied, Model model,
			RedirectAttributes redirect) {
		return answer(byToken(token), "/feedback/follow/" + token, satisfied, model, redirect);
	}

	@GetMapping("/my-pages/reports/{reference}")
	String mine(@PathVariable String reference, Actor actor, Model model) {
		return own(byReporter(reference, actor), "/my-pages/reports/" + reference, model);
	}

	@PostMapping("/my-pages/reports/{reference}/satisfaction")
	String satisfactionOnMyPages(@PathVariable String reference, Actor actor, @RequestParam(defaultValue = "") String satisfied,
			Model model, RedirectAttributes redirect) {
		return answer(byReporter(reference, actor), "/my-pages/reports/" + reference, satisfied, model, redirect);
	}

	private String answer(ReportView report, String page, String satisfied, Model model, RedirectAttributes redirect) {
		if (!satisfied.equals("yes") && !satisfied.equals("no")) {
			model.addAttribute("satisfactionError", "feedback.error.satisfied");
			return own(report, page, model);
		}
		if (report.asksSatisfaction()) {
			reports.answerSatisfaction(report.reference(), satisfied.equals("yes"));
			redirect.addFlashAttribute("thanked", true);
		}
		return "redirect:" + page;
	}

	private String own(ReportView report, String page, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("category", categories.find(report.category()).orElseThrow());
		model.addAttribute("page", page);
		return "feedback/follow";
	}

	private ReportView byToken(String token) {
		return cases.findByAccessTokenHash(Submissions.hash(token)).map(Case::id).flatMap(id -> reports.findByCase(id.value()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ReportView byReporter(String reference, Actor actor) {
		return reports.find(reference).filter(r -> r.reporter().equals(Optional.of(actor.who().id())))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(ReportForm form, Map<String, String> errors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		errors.forEach((field, key) -> fieldErrors.put(field, messages.getMessage(key,
				new Object[] {switch (field) {
					case "latitude" -> form.latitude();
					case "longitude" -> form.longitude();
					case "email" -> form.email();
					default -> ReportForm.DESCRIPTION_LIMIT;
				}}, locale)));
		List<Map<String, String>> summary = new ArrayList<>();
		fieldErrors.forEach((field, text) -> summary.add(Map.of("href", "#" + field, "text", text)));
		List<Map<String, String>> items = new ArrayList<>();
		for (ReportCategory category : categories.all()) {
			items.add(Map.of("id", items.isEmpty() ? "category" : "category-" + category.code(), "value", category.code(), "label",
					category.name().in(locale), "hint", category.description().in(locale)));
		}
		model.addAttribute("form", form);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("summary", summary);
		model.addAttribute("categoryItems", items);
		model.addAttribute("map", map);
		return "feedback/report";
	}

	/** Where the report map opens and which base map it draws: the city's, from configuration. */
	record MapSettings(String centre, String tiles, String attribution) {
	}
}
