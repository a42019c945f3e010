package org.cityhall.contact.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.contact.Contact;
import org.cityhall.contact.ContactLog;
import org.cityhall.contact.EmailReplied;
import org.cityhall.contact.HandOvers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
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
 * An e-mail that reached the centre, answered by an agent on a page of its own: the topic and outcome, a
 * hand-over to a department with a note, and a reply to the sender, which notifications sends and the
 * contact keeps.
 */
@Controller
class EmailAnswersController {

	private final ContactLog log;
	private final HandOvers handOvers;
	private final Catalogue catalogue;
	private final MessageSource messages;

	EmailAnswersController(ContactLog log, HandOvers handOvers, Catalogue catalogue, MessageSource messages) {
		this.log = log;
		this.handOvers = handOvers;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/staff/contact/emails/{id}")
	String email(Actor agent, @PathVariable UUID id, Locale locale, Model model) {
		Desk.agent(agent);
		return page(email(id), Map.of("minutes", "0"), Map.of(), locale, model);
	}

	@PostMapping("/staff/contact/emails/{id}/answer")
	String answer(Actor agent, @PathVariable UUID id, @RequestParam Map<String, String> form, Locale locale, Model model,
			RedirectAttributes redirect) {
		Party.Staff staff = Desk.agent(agent);
		Contact email = email(id);
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("topic", "outcome", "department", "note", "reply", "minutes")) {
			typed.put(field, form.getOrDefault(field, ""));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		String outcome = typed.get("outcome");
		if (!email.outcome().equals("open")) {
			errors.put("topic", "contact.error.email-answered");
		}
		if (!Contact.TOPICS.contains(typed.get("topic"))) {
			errors.put("topic", "contact.error.topic");
		}
		if (!Contact.OUTCOMES.contains(outcome)) {
			errors.put("outcome", "contact.error.outcome");
		}
		boolean knownDepartment = catalogue.departments().stream().anyMatch(d -> d.id().equals(typed.get("department")));
		if (outcome.equals("handed-over") && !knownDepartment) {
			errors.put("department", "contact.error.department");
		}
		if (typed.get("note").length() > 4000) {
			errors.put("note", "contact.error.note");
		}
		else if (outcome.equals("handed-over") && typed.get("note").isBlank()) {
			errors.put("note", "contact.error.handover-note");
		}
		if (typed.get("reply").strip().length() > EmailReplied.MAX_REPLY) {
			errors.put("reply", "contact.error.reply");
		}
		else if (!typed.get("reply").isBlank() && email.sender().filter(s -> !s.isBlank()).isEmpty()) {
			errors.put("reply", "contact.error.reply-no-sender");
		}
		Optional<Integer> taken = Desk.whole(typed.get("minutes"), 600);
		if (taken.isEmpty()) {
			errors.put("minutes", "contact.error.minutes");
		}
		if (!errors.isEmpty()) {
			return page(email, typed, errors, locale, model);
		}
		boolean handedOver = outcome.equals("handed-over");
		try {
			log.answerEmail(id, staff.staffId(), new ContactLog.EmailAnswer(typed.get("topic"), outcome,
					handedOver ? Optional.of(typed.get("department")) : Optional.empty(),
					handedOver ? Optional.of(typed.get("note")) : Optional.empty(), Optional.of(typed.get("reply")), taken.get()));
		}
		catch (IllegalStateException ex) {
			// Another agent answered it between the read above and the write.
			return page(log.find(id).orElseThrow(), typed, Map.of("topic", "contact.error.email-answered"), locale, model);
		}
		redirect.addFlashAttribute("answered", email.subject().orElse(""));
		return "redirect:/staff/contact?queue=" + email.queue().code();
	}

	private Contact email(UUID id) {
		return log.find(id).filter(c -> c.channel().equals("email") && c.sender().isPresent())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(Contact email, Map<String, String> typed, Map<String, String> errors, Locale locale, Model model) {
		model.addAttribute("email", email);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("topics", Contact.TOPICS);
		model.addAttribute("outcomesItems", Desk.items(Contact.OUTCOMES, "outcome", "contact.outcome.", messages, locale));
		model.addAttribute("departments", catalogue.departments());
		model.addAttribute("handOver", handOvers.ofContacts(List.of(email.id())).get(email.id()));
		model.addAttribute("departmentNames", HandOversController.departmentNames(catalogue));
		return "contact/email";
	}
}
