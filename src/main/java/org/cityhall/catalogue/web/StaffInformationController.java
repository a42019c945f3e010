package org.cityhall.catalogue.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.cityhall.catalogue.EService;
import org.cityhall.catalogue.LifeSituation;
import org.cityhall.catalogue.information.InformationMarkdown;
import org.cityhall.catalogue.information.InformationPage;
import org.cityhall.catalogue.information.PageContent;
import org.cityhall.catalogue.information.PageVersion;
import org.cityhall.catalogue.information.WritingInformationPages;
import org.cityhall.catalogue.information.WritingInformationPages.PageAccessDenied;
import org.cityhall.catalogue.information.WritingInformationPages.PageNotFound;
import org.cityhall.catalogue.information.WritingInformationPages.SlugTaken;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's information pages, department by department: the list, writing a page with a
 * preview, submitting it for review, and a publisher's approval, sending back with a comment or
 * withdrawal. Roles that do not reach a page's department get 403.
 */
@Controller
class StaffInformationController {

	private static final String FORM = "catalogue/staff/information-form";
	private static final String PAGE = "catalogue/staff/information-page";

	private final WritingInformationPages writing;
	private final Catalogue catalogue;
	private final InformationMarkdown markdown;
	private final MessageSource messages;

	StaffInformationController(WritingInformationPages writing, Catalogue catalogue, InformationMarkdown markdown,
			MessageSource messages) {
		this.writing = writing;
		this.catalogue = catalogue;
		this.markdown = markdown;
		this.messages = messages;
	}

	@ModelAttribute
	void frame(Model model) {
		model.addAttribute("stateTags", StateTags.all());
		model.addAttribute("zone", StateTags.SWEDEN);
		model.addAttribute("titleMax", PageContent.TITLE_MAX);
		model.addAttribute("summaryMax", PageContent.SUMMARY_MAX);
	}

	@GetMapping("/staff/information")
	String list(Actor actor, Model model) {
		if (!writing.writesOrPublishes(actor)) {
			throw forbidden();
		}
		model.addAttribute("pages", writing.list(actor));
		model.addAttribute("mayWrite", !editableDepartments(actor).isEmpty());
		model.addAttribute("departmentNames", departmentNames());
		return "catalogue/staff/information-list";
	}

	@GetMapping("/staff/information/new")
	String startForm(Actor actor, Model model) {
		requireSomeDepartment(actor);
		return form(actor, new PageForm(), null, Map.of(), false, model);
	}

	@PostMapping("/staff/information/new")
	String start(Actor actor, @ModelAttribute("form") PageForm form, @RequestParam(defaultValue = "save") String action,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		List<Department> departments = requireSomeDepartment(actor);
		Map<String, PageForm.Problem> problems = form.problems(true,
				departments.stream().map(Department::id).collect(Collectors.toSet()), eserviceIds(), lifeSituationIds());
		if (problems.isEmpty() && "save".equals(action)) {
			try {
				writing.start(actor, form.getSlug(), form.getDepartment(), form.content());
				redirect.addFlashAttribute("notice", "catalogue.information.notice.saved");
				return "redirect:/staff/information/" + form.getSlug();
			}
			catch (SlugTaken taken) {
				problems = Map.of("slug", new PageForm.Problem("catalogue.information.error.slug.taken"));
			}
		}
		return answer(actor, form, null, problems, model, locale, response);
	}

	@GetMapping("/staff/information/{slug}")
	String page(Actor actor, @PathVariable String slug, Model model) {
		InformationPage page = writing.open(actor, slug);
		return overview(actor, page, model);
	}

	@GetMapping("/staff/information/{slug}/edit")
	String editForm(Actor actor, @PathVariable String slug, Model model) {
		InformationPage page = writing.open(actor, slug);
		requireEditor(actor, page);
		PageVersion base = page.inWork().orElse(page.latest());
		return form(actor, PageForm.of(page.slug(), page.department(), base.content()), page, Map.of(), false, model);
	}

	@PostMapping("/staff/information/{slug}/edit")
	String edit(Actor actor, @PathVariable String slug, @ModelAttribute("form") PageForm form,
			@RequestParam(defaultValue = "save") String action, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		InformationPage page = writing.open(actor, slug);
		requireEditor(actor, page);
		form.setSlug(page.slug());
		form.setDepartment(page.department());
		Map<String, PageForm.Problem> problems = form.problems(false, Set.of(), eserviceIds(), lifeSituationIds());
		if (problems.isEmpty() && "save".equals(action)) {
			try {
				writing.write(actor, slug, form.content());
				redirect.addFlashAttribute("notice", "catalogue.information.notice.saved");
				return "redirect:/staff/information/" + slug;
			}
			catch (IllegalStateException inReview) {
				model.addAttribute("refused", "catalogue.information.error.in-review");
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return form(actor, form, page, Map.of(), false, model);
			}
		}
		return answer(actor, form, page, problems, model, locale, response);
	}

	@PostMapping("/staff/information/{slug}/submit")
	String submit(Actor actor, @PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(actor, slug, "catalogue.information.notice.submitted", model, response, redirect,
				() -> writing.submitForReview(actor, slug));
	}

	@PostMapping("/staff/information/{slug}/approve")
	String approve(Actor actor, @PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(actor, slug, "catalogue.information.notice.published", model, response, redirect,
				() -> writing.approve(actor, slug));
	}

	@PostMapping("/staff/information/{slug}/withdraw")
	String withdraw(Actor actor, @PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(actor, slug, "catalogue.information.notice.withdrawn", model, response, redirect,
				() -> writing.withdraw(actor, slug));
	}

	@PostMapping("/staff/information/{slug}/send-back")
	String sendBack(Actor actor, @PathVariable String slug, @RequestParam(defaultValue = "") String comment, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (comment.isBlank() || comment.length() > 2_000) {
			InformationPage page = writing.open(actor, slug);
			if (!writing.mayPublish(actor, page.department())) {
				throw forbidden();
			}
			String key = comment.isBlank() ? "catalogue.information.error.comment.missing" : "catalogue.information.error.comment.too-long";
			model.addAttribute("comment", comment);
			model.addAttribute("commentError", messages.getMessage(key, new Object[] {2_000}, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return overview(actor, page, model);
		}
		return act(actor, slug, "catalogue.information.notice.sent-back", model, response, redirect,
				() -> writing.sendBack(actor, slug, comment));
	}

	/** Runs a step of the review; a step the page's state does not allow shows the page again with why. */
	private String act(Actor actor, String slug, String notice, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
		}
		catch (IllegalStateException refused) {
			InformationPage page = writing.open(actor, slug);
			boolean ownVersion = page.inWork().map(v -> v.writtenBy().equals(actor.who().id())).orElse(false);
			model.addAttribute("refused", ownVersion ? "catalogue.information.error.own-version" : "catalogue.information.error.state");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return overview(actor, page, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/staff/information/" + slug;
	}

	private String overview(Actor actor, InformationPage page, Model model) {
		PageVersion shown = page.inWork().orElse(page.latest());
		model.addAttribute("page", page);
		model.addAttribute("shown", shown);
		model.addAttribute("html", Map.of("sv", markdown.toHtml(shown.content().body().sv()),
				"en", markdown.toHtml(shown.content().body().en())));
		model.addAttribute("departmentName", departmentName(page.department()));
		model.addAttribute("mayEdit", writing.mayEdit(actor, page.department()));
		model.addAttribute("mayPublish", writing.mayPublish(actor, page.department()));
		model.addAttribute("ownVersion", shown.writtenBy().equals(actor.who().id()));
		model.addAttribute("eserviceTitles", catalogue.all(Locale.ROOT).stream()
				.collect(Collectors.toMap(EService::id, EService::title)));
		model.addAttribute("lifeSituationTitles", catalogue.lifeSituations().stream()
				.collect(Collectors.toMap(LifeSituation::id, LifeSituation::title)));
		return PAGE;
	}

	/** The form again: with its problems, or with the preview the editor asked for. */
	private String answer(Actor actor, PageForm form, InformationPage page, Map<String, PageForm.Problem> problems, Model model,
			Locale locale, HttpServletResponse response) {
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> errors = new LinkedHashMap<>();
			problems.forEach((field, problem) -> errors.put(field, messages.getMessage(problem.key(), problem.args(), locale)));
			model.addAttribute("errors", errors);
			model.addAttribute("errorItems", errors.entrySet().stream()
					.map(error -> Map.of("href", "#" + error.getKey(), "text", error.getValue())).toList());
			return form(actor, form, page, errors, false, model);
		}
		return form(actor, form, page, Map.of(), true, model);
	}

	private String form(Actor actor, PageForm form, InformationPage page, Map<String, String> errors, boolean preview, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", page);
		model.addAttribute("departments", editableDepartments(actor));
		model.addAttribute("eservices", catalogue.all(Locale.ROOT));
		model.addAttribute("lifeSituations", catalogue.lifeSituations());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", errors);
		}
		if (preview) {
			model.addAttribute("preview", Map.of("sv", markdown.toHtml(form.getBodySv()), "en", markdown.toHtml(form.getBodyEn())));
		}
		return FORM;
	}

	private List<Department> editableDepartments(Actor actor) {
		return catalogue.departments().stream().filter(d -> writing.mayEdit(actor, d.id())).toList();
	}

	private List<Department> requireSomeDepartment(Actor actor) {
		List<Department> departments = editableDepartments(actor);
		if (departments.isEmpty()) {
			throw forbidden();
		}
		return departments;
	}

	private void requireEditor(Actor actor, InformationPage page) {
		if (!writing.mayEdit(actor, page.department())) {
			throw forbidden();
		}
	}

	private Map<String, LocalizedText> departmentNames() {
		return catalogue.departments().stream().collect(Collectors.toMap(Department::id, Department::name));
	}

	private LocalizedText departmentName(String id) {
		return departmentNames().getOrDefault(id, new LocalizedText(id, id));
	}

	private Set<String> eserviceIds() {
		return catalogue.all(Locale.ROOT).stream().map(EService::id).collect(Collectors.toSet());
	}

	private Set<String> lifeSituationIds() {
		return catalogue.lifeSituations().stream().map(LifeSituation::id).collect(Collectors.toSet());
	}

	private static ResponseStatusException forbidden() {
		return new ResponseStatusException(HttpStatus.FORBIDDEN);
	}

	/** The frame's page for 403: the actor's roles do not reach the page's department. */
	@ExceptionHandler(PageAccessDenied.class)
	void denied(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler(PageNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
