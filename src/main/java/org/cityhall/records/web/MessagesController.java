package org.cityhall.records.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cityhall.records.PreschoolMessages;
import org.cityhall.records.PreschoolViews.Child;
import org.cityhall.records.Preschools;
import org.cityhall.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A child's conversation with the pre-school, for the child's guardians and for the pre-school's staff:
 * the whole conversation and a message to write. Who may is {@link Preschools}' to say.
 */
@Controller
class MessagesController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private final Preschools preschools;
	private final PreschoolMessages messages;
	private final MessageSource texts;

	MessagesController(Preschools preschools, PreschoolMessages messages, MessageSource texts) {
		this.preschools = preschools;
		this.messages = messages;
		this.texts = texts;
	}

	/** A message as the conversation shows it. */
	record Line(boolean fromStaff, String from, String body, String isoTime, String time) {
	}

	@GetMapping("/preschool-portal/children/{id}/messages")
	String guardian(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		return page(preschools.childFor(actor, id), "", null, false, model, locale);
	}

	@PostMapping("/preschool-portal/children/{id}/messages")
	String guardianWrites(@PathVariable UUID id, @RequestParam(defaultValue = "") String message, Actor actor, Model model,
			Locale locale) {
		return send(preschools.childFor(actor, id), message, false, () -> messages.writeAsGuardian(actor, id, message), model, locale);
	}

	@GetMapping("/staff/preschool-children/{id}/messages")
	String staff(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		return page(preschools.childForStaff(actor, id), "", null, true, model, locale);
	}

	@PostMapping("/staff/preschool-children/{id}/messages")
	String staffWrites(@PathVariable UUID id, @RequestParam(defaultValue = "") String message, Actor actor, Model model,
			Locale locale) {
		return send(preschools.childForStaff(actor, id), message, true, () -> messages.writeAsStaff(actor, id, message), model, locale);
	}

	/** Writes the message, or shows the conversation again with what is wrong and what was typed. */
	private String send(Child child, String message, boolean staff, Runnable write, Model model, Locale locale) {
		String error = problem(message, locale);
		if (error != null) {
			return page(child, message, error, staff, model, locale);
		}
		write.run();
		return "redirect:" + (staff ? "/staff/preschool-children/" : "/preschool-portal/children/") + child.enrolmentId()
				+ "/messages";
	}

	private String problem(String message, Locale locale) {
		if (message.isBlank()) {
			return texts.getMessage("records.messages.error.empty", null, locale);
		}
		if (message.strip().length() > PreschoolMessages.MAX_LENGTH) {
			return texts.getMessage("records.messages.error.too-long", new Object[] {PreschoolMessages.MAX_LENGTH}, locale);
		}
		return null;
	}

	private String page(Child child, String typed, String error, boolean staff, Model model, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale);
		List<Line> lines = messages.conversation(child).stream().map(m -> {
			var at = m.sentAt().atZone(ZONE);
			return new Line(m.fromStaff(), m.from(), m.body(), at.toOffsetDateTime().toString(), format.format(at));
		}).toList();
		model.addAttribute("child", child);
		model.addAttribute("lines", lines);
		model.addAttribute("typed", typed);
		model.addAttribute("error", error);
		model.addAttribute("staff", staff);
		model.addAttribute("action", staff ? "/staff/preschool-children/" + child.enrolmentId() + "/messages"
				: "/preschool-portal/children/" + child.enrolmentId() + "/messages");
		model.addAttribute("back", staff ? "/staff/preschools/" + child.preschool() : "/preschool-portal/children/" + child.enrolmentId());
		return "records/preschool/messages";
	}
}
