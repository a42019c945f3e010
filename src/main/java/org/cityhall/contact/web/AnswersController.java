package org.cityhall.contact.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.cityhall.contact.KnowledgeBase;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base: agents search it while answering; agents and the departments' officers write the
 * answers in Swedish and English, change them and retire them (an officer those of their own department),
 * every version kept with who made it and when.
 */
@Controller
class AnswersController {

	private static final String[] TEXT_FIELDS = {"titleSv", "bodySv", "titleEn", "bodyEn", "keywords"};

	private final KnowledgeBase knowledge;
	private final Catalogue catalogue;

	AnswersController(KnowledgeBase knowledge, Catalogue catalogue) {
		this.knowledge = knowledge;
		this.catalogue = catalogue;
	}

	@GetMapping("/staff/contact/answers")
	String answers(Actor staff, @RequestParam(defaultValue = "") String q, Model model) {
		reader(staff);
		return page(staff, q, Map.of(), Map.of(), model);
	}

	@PostMapping("/staff/contact/answers")
	String write(Actor staff, @RequestParam Map<String, String> form, Model model) {
		reader(staff);
		Map<String, String> typed = typed(form, "department");
		Map<String, String> errors = textErrors(typed);
		String department = typed.get("department");
		if (catalogue.departments().stream().noneMatch(d -> d.id().equals(department))) {
			errors.put("department", "contact.error.department");
		}
		else if (!KnowledgeBase.keeps(staff, department)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!errors.isEmpty()) {
			return page(staff, "", typed, errors, model);
		}
		knowledge.write(staff, texts(typed), department);
		return "redirect:/staff/contact/answers?q=" + URLEncoder.encode(typed.get("titleSv"), StandardCharsets.UTF_8);
	}

	@GetMapping("/staff/contact/answers/{id}")
	String answer(Actor staff, @PathVariable UUID id, Model model) {
		KnowledgeBase.Answer answer = kept(staff, id);
		KnowledgeBase.Texts texts = answer.texts();
		return answerPage(answer, Map.of("titleSv", texts.titleSv(), "bodySv", texts.bodySv(), "titleEn", texts.titleEn().orElse(""), "bodyEn",
				texts.bodyEn().orElse(""), "keywords", texts.keywords()), Map.of(), model);
	}

	@PostMapping("/staff/contact/answers/{id}")
	String edit(Actor staff, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		KnowledgeBase.Answer answer = kept(staff, id);
		Map<String, String> typed = typed(form);
		Map<String, String> errors = textErrors(typed);
		if (answer.retired()) {
			errors.put("titleSv", "contact.error.answer-retired");
		}
		else if (!form.getOrDefault("version", "").equals(Integer.toString(answer.version()))) {
			errors.put("titleSv", "contact.error.answer-changed");
		}
		if (!errors.isEmpty()) {
			return answerPage(answer, typed, errors, model);
		}
		try {
			knowledge.edit(staff, id, answer.version(), texts(typed));
		}
		catch (IllegalStateException ex) {
			// Changed or retired by someone else between the read above and the write.
			return answerPage(knowledge.find(id).orElseThrow(), typed, Map.of("titleSv", "contact.error.answer-changed"), model);
		}
		redirect.addFlashAttribute("done", "contact.answer.saved");
		return "redirect:/staff/contact/answers/" + id;
	}

	@PostMapping("/staff/contact/answers/{id}/retire")
	String retire(Actor staff, @PathVariable UUID id, @RequestParam(defaultValue = "") String version, RedirectAttributes redirect) {
		KnowledgeBase.Answer answer = kept(staff, id);
		if (answer.retired() || !version.equals(Integer.toString(answer.version()))) {
			redirect.addFlashAttribute("problem", answer.retired() ? "contact.error.answer-retired" : "contact.error.answer-changed");
			return "redirect:/staff/contact/answers/" + id;
		}
		try {
			knowledge.retire(staff, id, answer.version());
			redirect.addFlashAttribute("done", "contact.answer.retired-now");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "contact.error.answer-changed");
		}
		return "redirect:/staff/contact/answers/" + id;
	}

	private String page(Actor staff, String q, Map<String, String> typed, Map<String, String> errors, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("answers", knowledge.search(q));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("departments", catalogue.departments().stream().filter(d -> KnowledgeBase.keeps(staff, d.id())).toList());
		model.addAttribute("departmentNames", names());
		model.addAttribute("staff", staff);
		return "contact/answers";
	}

	private String answerPage(KnowledgeBase.Answer answer, Map<String, String> typed, Map<String, String> errors, Model model) {
		model.addAttribute("answer", answer);
		model.addAttribute("history", knowledge.history(answer.id()));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("departmentNames", names());
		return "contact/answer";
	}

	private Map<String, Department> names() {
		return HandOversController.departmentNames(catalogue);
	}

	/** An answer the member of staff keeps; 404 for no such answer, 403 for another department's. */
	private KnowledgeBase.Answer kept(Actor staff, UUID id) {
		reader(staff);
		KnowledgeBase.Answer answer = knowledge.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!KnowledgeBase.keeps(staff, answer.department())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return answer;
	}

	private static Map<String, String> typed(Map<String, String> form, String... more) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : TEXT_FIELDS) {
			typed.put(field, form.getOrDefault(field, ""));
		}
		for (String field : more) {
			typed.put(field, form.getOrDefault(field, ""));
		}
		return typed;
	}

	private static Map<String, String> textErrors(Map<String, String> typed) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (String language : new String[] {"Sv", "En"}) {
			if (typed.get("title" + language).isBlank() || typed.get("title" + language).length() > 300) {
				errors.put("title" + language, "contact.error.answer-title-" + language.toLowerCase(java.util.Locale.ROOT));
			}
			if (typed.get("body" + language).isBlank() || typed.get("body" + language).length() > 10_000) {
				errors.put("body" + language, "contact.error.answer-body-" + language.toLowerCase(java.util.Locale.ROOT));
			}
		}
		if (typed.get("keywords").length() > 500) {
			errors.put("keywords", "contact.error.answer-keywords");
		}
		return errors;
	}

	private static KnowledgeBase.Texts texts(Map<String, String> typed) {
		return KnowledgeBase.Texts.of(typed.get("titleSv"), typed.get("bodySv"), typed.get("titleEn"), typed.get("bodyEn"), typed.get("keywords"));
	}

	/** Agents, and officers of any department, read the answers. */
	private static void reader(Actor staff) {
		if (!(staff.who() instanceof Party.Staff) || !(staff.hasRole(StaffRoles.CONTACT_CENTRE_AGENT) || staff.hasRole(StaffRoles.OFFICER))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
