package org.cityhall.records.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.cityhall.records.CareDiaries;
import org.cityhall.records.DiaryMonth;
import org.cityhall.shared.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Care staff see the persons of their own unit and write what they did in a person's diary. Another
 * unit's diary is refused as if it did not exist.
 */
@Controller
class StaffCareDiaryController {

	static final int MAX_MEASURE = 200;
	static final int MAX_NOTE = 2000;

	private final CareDiaries diaries;
	private final MessageSource messages;
	private final Clock clock;

	StaffCareDiaryController(CareDiaries diaries, MessageSource messages, ObjectProvider<Clock> clock) {
		this.diaries = diaries;
		this.messages = messages;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	@GetMapping("/staff/care-diaries")
	String list(Actor actor, Model model) {
		model.addAttribute("diaries", diaries.inUnitsOf(actor));
		return "records/care-diary/staff-list";
	}

	@GetMapping("/staff/care-diaries/{id}")
	String diary(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		return page(id, actor, "", "", null, model, locale);
	}

	@PostMapping("/staff/care-diaries/{id}/notes")
	String write(@PathVariable UUID id, @RequestParam(defaultValue = "") String measure,
			@RequestParam(defaultValue = "") String note, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		String error = null;
		if (measure.isBlank()) {
			error = "records.staff.error.measure.missing";
		}
		else if (measure.length() > MAX_MEASURE) {
			error = "records.staff.error.measure.too-long";
		}
		else if (note.length() > MAX_NOTE) {
			error = "records.staff.error.note.too-long";
		}
		if (error != null) {
			return page(id, actor, measure, note, error, model, locale);
		}
		diaries.writeNote(actor, id, clock.instant(), measure, note);
		redirect.addFlashAttribute("written", true);
		return "redirect:/staff/care-diaries/" + id;
	}

	private String page(UUID id, Actor actor, String measure, String note, String error, Model model, Locale locale) {
		DiaryMonth shown = diaries.open(actor, id, java.util.Optional.empty());
		model.addAttribute("diary", shown.diary());
		model.addAttribute("view", DiaryView.of(shown, locale));
		model.addAttribute("measure", measure);
		model.addAttribute("note", note);
		String field = error == null ? null : error.contains(".note.") ? "note" : "measure";
		model.addAttribute("errorField", field);
		model.addAttribute("error", error == null ? null
				: messages.getMessage(error, new Object[] {field.equals("note") ? MAX_NOTE : MAX_MEASURE}, locale));
		return "records/care-diary/staff-diary";
	}
}
