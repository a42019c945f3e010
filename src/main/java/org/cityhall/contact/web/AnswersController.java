package org.cityhall.contact.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.contact.KnowledgeBase;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The knowledge base: agents search it while answering; agents and the departments' officers write the
 * answers (an officer for their own department).
 */
@Controller
class AnswersController {

	private final KnowledgeBase knowledge;
	private final Catalogue catalogue;

	AnswersController(KnowledgeBase knowledge, Catalogue catalogue) {
		this.knowledge = knowledge;
		this.catalogue = catalogue;
	}

	@GetMapping("/staff/contact/answers")
	String answers(Actor staff, @RequestParam(defaultValue = "") String q, Model model) {
		allowed(staff, null);
		return page(q, Map.of(), Map.of(), model);
	}

	@PostMapping("/staff/contact/answers")
	String write(Actor staff, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String keywords, @RequestParam(defaultValue = "") String department, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (title.isBlank() || title.length() > 300) {
			errors.put("title", "contact.error.answer-title");
		}
		if (body.isBlank() || body.length() > 10_000) {
			errors.put("body", "contact.error.answer-body");
		}
		if (catalogue.departments().stream().noneMatch(d -> d.id().equals(department))) {
			errors.put("department", "contact.error.department");
		}
		else {
			allowed(staff, department);
		}
		if (!errors.isEmpty()) {
			return page("", Map.of("title", title, "body", body, "keywords", keywords, "department", department), errors, model);
		}
		knowledge.write(title, body, department, keywords, staff.who().id());
		return "redirect:/staff/contact/answers?q=" + java.net.URLEncoder.encode(title.strip(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private String page(String q, Map<String, String> typed, Map<String, String> errors, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("answers", knowledge.search(q));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("departments", catalogue.departments());
		return "contact/answers";
	}

	/** Agents, for any department; officers, for their own (department null: reading, which any officer may). */
	private static void allowed(Actor staff, String department) {
		boolean ok = staff.who() instanceof Party.Staff && (staff.hasRole(StaffRoles.CONTACT_CENTRE_AGENT)
				|| (department == null ? staff.hasRole(StaffRoles.OFFICER) : staff.hasRoleIn(StaffRoles.OFFICER, department)));
		if (!ok) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
