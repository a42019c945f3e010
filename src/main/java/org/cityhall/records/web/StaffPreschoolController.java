package org.cityhall.records.web;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cityhall.documents.UploadCheck;
import org.cityhall.documents.Uploads;
import org.cityhall.queues.Alternative;
import org.cityhall.records.Preschools;
import org.cityhall.records.PreschoolViews.Day;
import org.cityhall.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A pre-school's staff: today's absences, the week to publish, talk times to open and pictures to upload
 * to a child. Only staff of the pre-school reach its page.
 */
@Controller
class StaffPreschoolController {

	static final Set<String> PICTURE_TYPES = Set.of("image/jpeg", "image/png");
	static final long MAX_PICTURE = 10 * Uploads.MEGABYTE;
	static final int MAX_TEXT = 500;

	private final Preschools preschools;
	private final org.cityhall.records.DevelopmentTalks talks;
	private final org.cityhall.records.PreschoolPictures pictures;
	private final Uploads uploads;
	private final MessageSource messages;

	StaffPreschoolController(Preschools preschools, org.cityhall.records.DevelopmentTalks talks, org.cityhall.records.PreschoolPictures pictures, Uploads uploads, MessageSource messages) {
		this.preschools = preschools;
		this.talks = talks;
		this.pictures = pictures;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping("/staff/preschools")
	String list(Actor actor, Model model) {
		model.addAttribute("preschools", preschools.preschoolsOf(actor));
		return "records/preschool/staff-list";
	}

	@GetMapping("/staff/preschools/{id}")
	String page(@PathVariable String id, Actor actor, Model model, Locale locale) {
		Alternative preschool = own(actor, id);
		LocalDate monday = preschools.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<String, String> typed = new LinkedHashMap<>();
		for (Day day : preschools.week(id, monday)) {
			int i = day.day().getDayOfWeek().getValue();
			typed.put("activities" + i, day.activities());
			typed.put("menu" + i, day.menu());
		}
		return render(preschool, actor, typed, Map.of(), model, locale);
	}

	@PostMapping("/staff/preschools/{id}/week")
	String publishWeek(@PathVariable String id, @RequestParam Map<String, String> form, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Alternative preschool = own(actor, id);
		LocalDate monday = preschools.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<String, String> errors = new LinkedHashMap<>();
		List<Day> days = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			String activities = form.getOrDefault("activities" + i, "");
			String menu = form.getOrDefault("menu" + i, "");
			if (activities.length() > MAX_TEXT) {
				errors.put("activities" + i, messages.getMessage("records.staff.week.error.too-long", new Object[] {MAX_TEXT}, locale));
			}
			if (menu.length() > MAX_TEXT) {
				errors.put("menu" + i, messages.getMessage("records.staff.week.error.too-long", new Object[] {MAX_TEXT}, locale));
			}
			days.add(new Day(monday.plusDays(i - 1), activities, menu));
		}
		if (!errors.isEmpty()) {
			return render(preschool, actor, form, errors, model, locale);
		}
		preschools.publishWeek(actor, id, monday, days);
		redirect.addFlashAttribute("banner", messages.getMessage("records.staff.week.published", null, locale));
		return "redirect:/staff/preschools/" + id;
	}

	@PostMapping("/staff/preschools/{id}/talk-times")
	String openTalkTime(@PathVariable String id, @RequestParam Map<String, String> form, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Alternative preschool = own(actor, id);
		TypedDate date = new TypedDate(form.get("talkDay"), form.get("talkMonth"), form.get("talkYear"));
		String time = form.getOrDefault("talk-time", "").strip();
		Map<String, String> errors = new LinkedHashMap<>();
		LocalTime at = null;
		try {
			at = LocalTime.parse(time, DateTimeFormatter.ofPattern("H:mm"));
		}
		catch (DateTimeParseException ex) {
			errors.put("talk-time", messages.getMessage("records.staff.talk.error.time", null, locale));
		}
		if (date.date().isEmpty()) {
			errors.put("talk", messages.getMessage("records.staff.talk.error.date", null, locale));
		}
		else if (!date.date().get().isAfter(preschools.today())) {
			errors.put("talk", messages.getMessage("records.staff.talk.error.future", null, locale));
		}
		if (errors.isEmpty()) {
			try {
				talks.openTalkTime(actor, id, date.date().get().atTime(at).atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant(), 30);
			}
			catch (IllegalStateException taken) {
				errors.put("talk-time", messages.getMessage("records.staff.talk.error.taken", null, locale));
			}
		}
		if (!errors.isEmpty()) {
			return render(preschool, actor, form, errors, model, locale);
		}
		redirect.addFlashAttribute("banner", messages.getMessage("records.staff.talk.opened", null, locale));
		return "redirect:/staff/preschools/" + id;
	}

	@PostMapping("/staff/preschools/{id}/pictures")
	String uploadPicture(@PathVariable String id, @RequestParam(defaultValue = "") String child,
			@RequestParam(required = false) MultipartFile picture, @RequestParam(defaultValue = "") String title, Actor actor,
			Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		Alternative preschool = own(actor, id);
		Map<String, String> form = Map.of("child", child, "title", title);
		Map<String, String> errors = new LinkedHashMap<>();
		UUID enrolment = null;
		try {
			enrolment = UUID.fromString(child);
		}
		catch (IllegalArgumentException ex) {
			errors.put("child", messages.getMessage("records.staff.picture.error.child", null, locale));
		}
		if (title.length() > 100) {
			errors.put("title", messages.getMessage("records.staff.week.error.too-long", new Object[] {100}, locale));
		}
		UploadCheck check = null;
		if (picture == null || picture.isEmpty()) {
			errors.put("picture", messages.getMessage("records.staff.picture.error.file", null, locale));
		}
		else {
			check = uploads.check(picture.getOriginalFilename(), picture.getBytes(), PICTURE_TYPES, MAX_PICTURE);
			if (!check.accepted()) {
				errors.put("picture", messages.getMessage(check.messageKey(), check.messageArguments(), locale));
			}
		}
		if (!errors.isEmpty()) {
			return render(preschool, actor, form, errors, model, locale);
		}
		pictures.uploadPicture(actor, enrolment, picture.getBytes(), check.mediaType(), title);
		redirect.addFlashAttribute("banner", messages.getMessage("records.staff.picture.uploaded", null, locale));
		return "redirect:/staff/preschools/" + id;
	}

	private Alternative own(Actor actor, String id) {
		Alternative preschool = preschools.preschool(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!preschools.isStaffOf(actor, id)) {
			throw new AccessDeniedException("not staff of pre-school " + id);
		}
		return preschool;
	}

	private String render(Alternative preschool, Actor actor, Map<String, String> typed, Map<String, String> errors, Model model,
			Locale locale) {
		LocalDate today = preschools.today();
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Map<String, String>> days = new ArrayList<>();
		DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		for (int i = 1; i <= 5; i++) {
			days.add(Map.of("index", Integer.toString(i), "name", format.format(monday.plusDays(i - 1))));
		}
		model.addAttribute("preschool", preschool);
		model.addAttribute("absences", preschools.absences(actor, preschool.id(), today));
		model.addAttribute("children", preschools.children(actor, preschool.id()));
		model.addAttribute("talkTimes", talks.talkTimes(preschool.id()).stream()
				.map(t -> Map.of("time", PreschoolPortalController.time(t, locale), "booked", t.booked())).toList());
		model.addAttribute("days", days);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("errorSummary", errors.entrySet().stream()
				.map(e -> Map.of("href", "#" + e.getKey(), "text", e.getValue())).toList());
		model.addAttribute("today", PreschoolPortalController.day(today, locale));
		model.addAttribute("dateHint", messages.getMessage("records.absence.day.hint",
				new Object[] {DateTimeFormatter.ofPattern("d M yyyy").format(today.plusDays(7))}, locale));
		return "records/preschool/staff";
	}
}
