package org.cityhall.records.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.records.Preschools;
import org.cityhall.records.PreschoolViews.Child;
import org.cityhall.records.PreschoolViews.TalkTime;
import org.cityhall.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pre-school portal for guardians: their children at pre-school, each child's week, absences, talk
 * and pictures; reporting an absence and booking a development talk. Whether the signed-in person is the
 * child's guardian is {@link Preschools}' to say, on every request.
 */
@Controller
class PreschoolPortalController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private final Preschools preschools;
	private final org.cityhall.records.DevelopmentTalks talks;
	private final org.cityhall.records.PreschoolPictures pictures;
	private final Fees fees;
	private final MessageSource messages;

	PreschoolPortalController(Preschools preschools, org.cityhall.records.DevelopmentTalks talks, org.cityhall.records.PreschoolPictures pictures, Fees fees, MessageSource messages) {
		this.preschools = preschools;
		this.talks = talks;
		this.pictures = pictures;
		this.fees = fees;
		this.messages = messages;
	}

	/** A charge for the child's place as the child's page lists it. */
	record Charge(String what, String amount, boolean paid) {
	}

	@GetMapping("/preschool-portal")
	String index(Actor actor, Model model) {
		model.addAttribute("children", preschools.childrenOf(actor));
		return "records/preschool/index";
	}

	@GetMapping("/preschool-portal/children/{id}")
	String child(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		Child child = preschools.childFor(actor, id);
		model.addAttribute("child", child);
		model.addAttribute("week", WeekView.of(preschools.week(child.preschool(), preschools.today()), locale));
		model.addAttribute("absences", preschools.absencesAhead(child).stream().map(d -> day(d, locale)).toList());
		model.addAttribute("talk", talks.bookedTalk(child).map(t -> time(t, locale)).orElse(null));
		model.addAttribute("pictures", pictures.pictures(child));
		model.addAttribute("withdrawal", preschools.withdrawal(child).map(d -> day(d, locale)).orElse(null));
		java.text.NumberFormat kronor = java.text.NumberFormat.getCurrencyInstance(Locale.forLanguageTag("sv-SE"));
		model.addAttribute("charges", fees.forMatter(Preschools.matterOf(child)).stream()
				.map(f -> new Charge(f.what().in(locale), kronor.format(f.amount().amount()), f.isPaid())).toList());
		return "records/preschool/child";
	}

	@GetMapping("/preschool-portal/children/{id}/absence")
	String absenceForm(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		return absencePage(preschools.childFor(actor, id), TypedDate.of(preschools.today()), "ill", null, null, model, locale);
	}

	@PostMapping("/preschool-portal/children/{id}/absence")
	String reportAbsence(@PathVariable UUID id, @RequestParam(defaultValue = "") String dayDay,
			@RequestParam(defaultValue = "") String dayMonth, @RequestParam(defaultValue = "") String dayYear,
			@RequestParam(defaultValue = "") String reason, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		Child child = preschools.childFor(actor, id);
		TypedDate typed = new TypedDate(dayDay, dayMonth, dayYear);
		LocalDate today = preschools.today();
		String dayError = null;
		String reasonError = null;
		if (typed.date().isEmpty()) {
			dayError = text("records.absence.error.day.real", locale);
		}
		else if (typed.date().get().isBefore(today) || typed.date().get().isAfter(today.plusDays(Preschools.ABSENCE_DAYS_AHEAD))) {
			dayError = messages.getMessage("records.absence.error.day.range", new Object[] {Preschools.ABSENCE_DAYS_AHEAD}, locale);
		}
		if (!reason.equals("ill") && !reason.equals("other")) {
			reasonError = text("records.absence.error.reason", locale);
		}
		if (dayError != null || reasonError != null) {
			return absencePage(child, typed, reason, dayError, reasonError, model, locale);
		}
		boolean added = preschools.reportAbsence(actor, id, typed.date().get(), reason);
		redirect.addFlashAttribute("banner", messages.getMessage(added ? "records.absence.reported" : "records.absence.already",
				new Object[] {child.name(), day(typed.date().get(), locale)}, locale));
		return "redirect:/preschool-portal/children/" + id;
	}

	@GetMapping("/preschool-portal/children/{id}/talk")
	String talkForm(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		return talkPage(preschools.childFor(actor, id), null, model, locale);
	}

	@PostMapping("/preschool-portal/children/{id}/talk")
	String bookTalk(@PathVariable UUID id, @RequestParam(required = false) String slot, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Child child = preschools.childFor(actor, id);
		UUID slotId;
		try {
			slotId = slot == null ? null : UUID.fromString(slot);
		}
		catch (IllegalArgumentException ex) {
			slotId = null;
		}
		if (slotId == null) {
			return talkPage(child, text("records.talk.error.choose", locale), model, locale);
		}
		try {
			talks.bookTalk(actor, id, slotId);
		}
		catch (IllegalStateException taken) {
			return talkPage(child, text("records.talk.error.taken", locale), model, locale);
		}
		redirect.addFlashAttribute("banner", text("records.talk.booked", locale));
		return "redirect:/preschool-portal/children/" + id;
	}

	@GetMapping("/preschool-portal/children/{id}/withdrawal")
	String withdrawalForm(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		return withdrawalPage(preschools.childFor(actor, id), new TypedDate("", "", ""), null, model, locale);
	}

	@PostMapping("/preschool-portal/children/{id}/withdrawal")
	String applyForWithdrawal(@PathVariable UUID id, @RequestParam(defaultValue = "") String lastDayDay,
			@RequestParam(defaultValue = "") String lastDayMonth, @RequestParam(defaultValue = "") String lastDayYear, Actor actor,
			Model model, Locale locale, RedirectAttributes redirect) {
		Child child = preschools.childFor(actor, id);
		TypedDate typed = new TypedDate(lastDayDay, lastDayMonth, lastDayYear);
		LocalDate today = preschools.today();
		String error = null;
		if (typed.date().isEmpty()) {
			error = text("records.withdrawal.error.real", locale);
		}
		else if (typed.date().get().isBefore(today) || typed.date().get().isAfter(today.plusDays(Preschools.WITHDRAWAL_DAYS_AHEAD))) {
			error = text("records.withdrawal.error.range", locale);
		}
		if (error != null) {
			return withdrawalPage(child, typed, error, model, locale);
		}
		preschools.applyForWithdrawal(actor, id, typed.date().get());
		redirect.addFlashAttribute("banner", messages.getMessage("records.withdrawal.applied",
				new Object[] {child.name(), day(typed.date().get(), locale)}, locale));
		return "redirect:/preschool-portal/children/" + id;
	}

	@GetMapping("/preschool-portal/pictures/{id}")
	ResponseEntity<byte[]> picture(@PathVariable UUID id, Actor actor) {
		org.cityhall.records.PreschoolPictures.PictureContent picture = pictures.picture(actor, id);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(picture.mediaType()))
				.cacheControl(CacheControl.noStore().cachePrivate())
				.header("X-Robots-Tag", "noindex, nofollow, noimageindex")
				.header("Content-Disposition", "inline")
				.body(picture.content());
	}

	private String absencePage(Child child, TypedDate typed, String reason, String dayError, String reasonError, Model model,
			Locale locale) {
		model.addAttribute("child", child);
		model.addAttribute("typed", typed);
		model.addAttribute("reason", reason);
		model.addAttribute("dayError", dayError);
		model.addAttribute("reasonError", reasonError);
		List<Map<String, String>> summary = new java.util.ArrayList<>();
		if (dayError != null) {
			summary.add(Map.of("href", "#day-day", "text", dayError));
		}
		if (reasonError != null) {
			summary.add(Map.of("href", "#reason", "text", reasonError));
		}
		model.addAttribute("errorSummary", summary);
		model.addAttribute("reasons", List.of(
				Map.of("value", "ill", "id", "reason", "label", text("records.absence.reason.ill", locale)),
				Map.of("value", "other", "id", "reason-other", "label", text("records.absence.reason.other", locale))));
		model.addAttribute("dateHint", messages.getMessage("records.absence.day.hint",
				new Object[] {DateTimeFormatter.ofPattern("d M yyyy").format(preschools.today().plusDays(1))}, locale));
		return "records/preschool/absence";
	}

	private String withdrawalPage(Child child, TypedDate typed, String error, Model model, Locale locale) {
		model.addAttribute("child", child);
		model.addAttribute("typed", typed);
		model.addAttribute("error", error);
		model.addAttribute("dateHint", messages.getMessage("records.absence.day.hint",
				new Object[] {DateTimeFormatter.ofPattern("d M yyyy").format(preschools.today().plusMonths(2))}, locale));
		return "records/preschool/withdrawal";
	}

	private String talkPage(Child child, String error, Model model, Locale locale) {
		model.addAttribute("child", child);
		model.addAttribute("error", error);
		model.addAttribute("booked", talks.bookedTalk(child).map(t -> time(t, locale)).orElse(null));
		List<TalkTime> free = talks.talkTimes(child.preschool()).stream().filter(t -> !t.booked()).toList();
		model.addAttribute("times", free.stream().map(t -> Map.of("value", t.id().toString(),
				"id", free.indexOf(t) == 0 ? "slot" : "slot-" + t.id(), "label", time(t, locale))).toList());
		return "records/preschool/talk";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	static String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(day);
	}

	static String time(TalkTime talk, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", locale).format(talk.startsAt().atZone(ZONE))
				+ " (" + talk.minutes() + " min)";
	}
}
