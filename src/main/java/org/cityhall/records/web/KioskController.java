package org.cityhall.records.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cityhall.queues.Alternative;
import org.cityhall.records.Preschools;
import org.cityhall.records.PreschoolViews.Day;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The touch screen in a pre-school's hall: the day's activities and food and the rest of the week, with
 * targets large enough for a finger, for a 1920×1080 screen. No login, and nothing personal: only what
 * the pre-school published for everyone, never a child, an absence or a picture.
 */
@Controller
class KioskController {

	private final Preschools preschools;

	KioskController(Preschools preschools) {
		this.preschools = preschools;
	}

	/** A day of the week as the kiosk's day buttons show it. */
	record DayButton(String date, String name, boolean chosen) {
	}

	@GetMapping("/preschool-portal/kiosk")
	String choose(Model model) {
		model.addAttribute("preschools", preschools.preschools());
		return "records/preschool/kiosk-choose";
	}

	@GetMapping("/preschool-portal/kiosk/{id}")
	String kiosk(@PathVariable String id, @RequestParam(required = false) String day, Model model, Locale locale) {
		Alternative preschool = preschools.preschool(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate today = preschools.today();
		LocalDate chosen = today;
		if (day != null) {
			try {
				chosen = LocalDate.parse(day);
			}
			catch (DateTimeParseException ex) {
				chosen = today;
			}
		}
		LocalDate monday = chosen.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Day> week = preschools.week(id, monday);
		DateTimeFormatter dayName = DateTimeFormatter.ofPattern("EEEE", locale);
		DateTimeFormatter full = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		List<DayButton> buttons = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			LocalDate d = monday.plusDays(i);
			buttons.add(new DayButton(d.toString(), capitalised(dayName.format(d), locale), d.equals(chosen)));
		}
		LocalDate shown = chosen;
		model.addAttribute("preschool", preschool);
		model.addAttribute("buttons", buttons);
		model.addAttribute("dayName", capitalised(full.format(chosen), locale));
		model.addAttribute("day", week.stream().filter(d -> d.day().equals(shown)).findFirst().orElse(null));
		model.addAttribute("otherLanguage", locale.getLanguage().equals("en") ? "sv" : "en");
		return "records/preschool/kiosk";
	}

	private static String capitalised(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}
}
