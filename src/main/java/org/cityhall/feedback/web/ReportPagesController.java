package org.cityhall.feedback.web;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.cityhall.feedback.ReportPhoto;
import org.cityhall.feedback.ReportPhotos;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reporting;
import org.cityhall.feedback.Reports;
import org.cityhall.documents.Uploads;
import org.cityhall.identity.Actors;
import org.cityhall.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public side of reports: the report page with its map (a position typed or clicked, or an address),
 * the open reports nearby shown before sending, a report's screened public page where others add to it,
 * and the reporter's own page (by private link, or on My pages) with the satisfaction question once closed.
 * Photos chosen on the report page are kept as soon as they pass their checks; the form carries their
 * references, so a mistake elsewhere never makes the reporter choose them again.
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
	private final ReportPhotos photos;

	ReportPagesController(ReportCategories categories, Reports reports, Reporting reporting, ReportPhotos photos, Cases cases, Actors actors,
			MessageSource messages,
			@Value("${cityhall.feedback.map.centre:59.3293,18.0686}") String centre, @Value("${cityhall.feedback.map.tiles:}") String tiles,
			@Value("${cityhall.feedback.map.attribution:}") String attribution) {
		this.map = new MapSettings(centre, tiles, attribution);
		this.categories = categories;
		this.reports = reports;
		this.reporting = reporting;
		this.photos = photos;
		this.cases = cases;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/feedback/report")
	String form(Model model) {
		return form(ReportForm.empty(UUID.randomUUID().toString()), List.of(), Map.of(), model);
	}

	@PostMapping("/feedback/report")
	String send(@ModelAttribute ReportForm typed, @RequestParam(defaultValue = "") String confirmed,
			@RequestParam(name = "photo", required = false) List<String> chosen,
			@RequestParam(name = "photos", required = false) List<MultipartFile> uploads,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReportForm form = typed.key() == null || typed.key().isBlank() ? new ReportForm(typed.category(), typed.description(),
				typed.latitude(), typed.longitude(), typed.address(), typed.email(), UUID.randomUUID().toString()) : typed;
		Locale locale = LocaleContextHolder.getLocale();
		// The photos chosen before and still ticked (kept by their reference, not chosen again), then the ones chosen now.
		List<ReportPhoto> kept = new ArrayList<>(photos.staged(form.key(), chosen == null ? List.of() : chosen));
		Map<String, String> errors = new LinkedHashMap<>(texts(form, form.errors(categories), locale));
		Optional<String> photoError = choose(form.key(), uploads, kept, locale);
		photoError.ifPresent(text -> errors.put("photos", text));
		if (!errors.isEmpty()) {
			return form(form, kept, errors, model);
		}
		if (!confirmed.equals("yes") && form.position().isPresent()) {
			List<ReportView> near = reports.nearbyOpen(form.position().get(), NEARBY_METRES, 5);
			if (!near.isEmpty()) {
				model.addAttribute("form", form);
				model.addAttribute("photos", kept);
				model.addAttribute("near", near);
				model.addAttribute("categories", categories);
				return "feedback/nearby";
			}
		}
		Optional<Actor> actor = actors.current(request);
		try {
			Reporting.Made made = reporting.report(new Reporting.Request(actor, form.category(), form.description(), form.position(),
					Optional.of(form.address()).filter(a -> !a.isEmpty()), Optional.of(form.email()).filter(e -> !e.isEmpty()), Optional.empty(),
					Optional.empty(), Optional.empty(), Map.of(), kept, EService.Channel.WEB, "feedback:" + form.key()));
			redirect.addFlashAttribute("sent", made.report().reference());
			return made.receipt().accessToken().map(token -> "redirect:/feedback/follow/" + token)
					.orElse("redirect:/my-pages/reports/" + made.report().reference());
		}
		catch (SubmissionRefused refused) {
			return form(form, kept, texts(form, Map.of("category", refused.messageKey()), locale), model);
		}
	}

	/**
	 * Checks and keeps the photos chosen now beside those kept: the message for the first that is refused, or
	 * for choosing more than {@link ReportPhotos#MOST}. The photos that pass are kept either way.
	 */
	private Optional<String> choose(String key, List<MultipartFile> uploads, List<ReportPhoto> kept, Locale locale) {
		if (uploads == null) {
			return Optional.empty();
		}
		Optional<String> error = Optional.empty();
		for (MultipartFile upload : uploads) {
			if (upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())) {
				continue;
			}
			if (kept.size() >= ReportPhotos.MOST) {
				error = error.or(() -> Optional.of(messages.getMessage("feedback.photo.too-many", new Object[] {ReportPhotos.MOST}, locale)));
				continue;
			}
			ReportPhotos.Staging staging;
			try {
				staging = photos.stage(key, upload.getOriginalFilename(), upload.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("reading an uploaded photo failed", ex);
			}
			if (staging.staged()) {
				ReportPhoto photo = staging.photo().get();
				if (kept.stream().noneMatch(p -> p.sha256().equals(photo.sha256()))) {
					kept.add(photo);
				}
			}
			else {
				error = error.or(() -> Optional.of(messages.getMessage(staging.messageKey(), staging.messageArguments(), locale)));
			}
		}
		return error;
	}

	@GetMapping("/feedback/reports/{reference}")
	String publicReport(@PathVariable String reference, Model model) {
		ReportView report = reports.find(reference).filter(ReportView::publicView)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("report", report);
		model.addAttribute("category", categories.find(report.category()).orElseThrow());
		model.addAttribute("photos", photos.of(report.reference()).stream().filter(ReportPhoto::approved).toList());
		model.addAttribute("photoPath", "/feedback/reports/" + report.reference());
		return "feedback/public";
	}

	/** A photo of a public report, once an officer approved it for the public. */
	@GetMapping("/feedback/reports/{reference}/photos/{sha256}")
	ResponseEntity<byte[]> publicPhoto(@PathVariable String reference, @PathVariable String sha256) {
		ReportView report = reports.find(reference).filter(ReportView::publicView)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return PhotoResponses.of(photos.content(report.reference(), sha256, true), true);
	}

	@GetMapping("/feedback/follow/{token}/photos/{sha256}")
	ResponseEntity<byte[]> photoByToken(@PathVariable String token, @PathVariable String sha256) {
		return PhotoResponses.of(photos.content(byToken(token).reference(), sha256, false), false);
	}

	@GetMapping("/my-pages/reports/{reference}/photos/{sha256}")
	ResponseEntity<byte[]> myPhoto(@PathVariable String reference, @PathVariable String sha256, Actor actor) {
		return PhotoResponses.of(photos.content(byReporter(reference, actor).reference(), sha256, false), false);
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
		model.addAttribute("photos", photos.of(report.reference()));
		model.addAttribute("photoPath", page);
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

	/** The messages of the form's mistakes in the reader's language, with what was typed where it helps. */
	private Map<String, String> texts(ReportForm form, Map<String, String> errors, Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		errors.forEach((field, key) -> texts.put(field, messages.getMessage(key,
				new Object[] {switch (field) {
					case "latitude" -> form.latitude();
					case "longitude" -> form.longitude();
					case "email" -> form.email();
					default -> ReportForm.DESCRIPTION_LIMIT;
				}}, locale)));
		return texts;
	}

	private String form(ReportForm form, List<ReportPhoto> kept, Map<String, String> fieldErrors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> summary = new ArrayList<>();
		fieldErrors.forEach((field, text) -> summary.add(Map.of("href", "#" + field, "text", text)));
		List<Map<String, String>> items = new ArrayList<>();
		for (ReportCategory category : categories.all()) {
			items.add(Map.of("id", items.isEmpty() ? "category" : "category-" + category.code(), "value", category.code(), "label",
					category.name().in(locale), "hint", category.description().in(locale)));
		}
		model.addAttribute("form", form);
		model.addAttribute("photos", kept);
		model.addAttribute("morePhotos", ReportPhotos.MOST - kept.size());
		model.addAttribute("photoHint", messages.getMessage("feedback.field.photos.hint",
				new Object[] {ReportPhotos.MOST, Uploads.namesOf(ReportPhotos.TYPES), ReportPhotos.LARGEST / Uploads.MEGABYTE},
				locale));
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
