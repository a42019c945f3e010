package org.cityhall.booking.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.cityhall.booking.BookableKind;
import org.cityhall.booking.BookingTime;
import org.cityhall.booking.Resources;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers make things bookable in their department's resources: a wedding ceremony or a free time (one
 * slot), a swimming course (weekly sessions), a camp week (one span of days). Every field is checked and
 * told at the field, what was typed kept; what is made can be chosen in its e-service at once, since the
 * e-services' forms take courses and camp weeks from the bookables themselves.
 */
@Controller
class StaffBookablesController {

	/** The booking e-services and the kind of bookable each offers. */
	static final Map<String, BookableKind> ESERVICES = Map.of("wedding-booking", BookableKind.SLOT, "sports-facility-booking",
			BookableKind.SLOT, "swimming", BookableKind.COURSE, "holiday-camp", BookableKind.CAMP);

	private final Resources resources;

	StaffBookablesController(Resources resources) {
		this.resources = resources;
	}

	@PostMapping("/staff/bookings/resources/{code}/bookables")
	String create(Actor officer, @PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Resources.Resource resource = resources.resource(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!officer.hasRoleIn(StaffRoles.OFFICER, resource.department())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		String eservice = form.getOrDefault("eservice", "");
		BookableKind kind = ESERVICES.get(eservice);
		if (kind == null) {
			errors.put("eservice", "booking.staff.new.error.eservice");
		}
		String newCode = form.getOrDefault("code", "").strip().toUpperCase(java.util.Locale.ROOT);
		if (!newCode.matches("[A-Z0-9][A-Z0-9-]{1,59}")) {
			errors.put("code", "booking.staff.new.error.code");
		}
		else if (resources.bookable(newCode).isPresent()) {
			errors.put("code", "booking.staff.new.error.code-taken");
		}
		String titleSv = form.getOrDefault("titleSv", "").strip();
		String titleEn = form.getOrDefault("titleEn", "").strip();
		if (titleSv.isEmpty() || titleSv.length() > 200) {
			errors.put("titleSv", "booking.staff.new.error.title");
		}
		if (titleEn.isEmpty() || titleEn.length() > 200) {
			errors.put("titleEn", "booking.staff.new.error.title");
		}
		Optional<LocalDate> firstDay = day(form.getOrDefault("firstDay", ""));
		if (firstDay.isEmpty() || !firstDay.get().isAfter(LocalDate.now(BookingTime.ZONE))) {
			errors.put("firstDay", "booking.staff.new.error.first-day");
		}
		Optional<LocalTime> starts = time(form.getOrDefault("starts", ""));
		Optional<LocalTime> ends = time(form.getOrDefault("ends", ""));
		if (starts.isEmpty()) {
			errors.put("starts", "booking.staff.new.error.time");
		}
		if (ends.isEmpty() || (starts.isPresent() && kind != BookableKind.CAMP && !ends.get().isAfter(starts.get()))) {
			errors.put("ends", "booking.staff.new.error.ends");
		}
		int repeat = number(form, "repeat", 1, 52, true, errors).orElse(1);
		int places = number(form, "places", 1, 10_000, false, errors).orElse(1);
		OptionalInt minAge = optionalInt(number(form, "minAge", 0, 120, true, errors));
		OptionalInt maxAge = optionalInt(number(form, "maxAge", 0, 120, true, errors));
		if (minAge.isPresent() && maxAge.isPresent() && minAge.getAsInt() > maxAge.getAsInt()) {
			errors.put("maxAge", "booking.staff.new.error.ages");
		}
		Optional<Integer> fee = number(form, "fee", 1, 100_000, true, errors);
		int cancelHours = number(form, "cancelHours", 0, 24 * 90, true, errors).orElse(48);
		if (errors.isEmpty()) {
			List<Resources.Session> sessions = sessions(kind, firstDay.get(), starts.get(), ends.get(), repeat);
			try {
				resources.createBookable(new Resources.NewBookable(newCode, code, eservice, kind, new LocalizedText(titleSv, titleEn),
						sessions.get(0).startsAt(), sessions.get(sessions.size() - 1).endsAt(), places, minAge, maxAge,
						fee.map(amount -> Money.sek(String.valueOf(amount))), BigDecimal.ZERO, cancelHours,
						sessions.size() > 1 ? sessions : List.of()));
				redirect.addFlashAttribute("made", newCode);
				return "redirect:/staff/bookings/resources/" + code + "?from=" + firstDay.get();
			}
			catch (IllegalArgumentException outsideHours) {
				// Closed that day, or outside the opening hours: told at the first day.
				errors.put("firstDay", "booking.staff.new.error.not-open");
			}
		}
		redirect.addFlashAttribute("newErrors", errors);
		redirect.addFlashAttribute("newTyped", form);
		return "redirect:/staff/bookings/resources/" + code + "#new-bookable";
	}

	/**
	 * A slot or a course meets {@code repeat} weeks in a row from the first day, between the two times; a
	 * camp is one span from the first day's start to the end time {@code repeat} days later.
	 */
	static List<Resources.Session> sessions(BookableKind kind, LocalDate first, LocalTime starts, LocalTime ends, int repeat) {
		List<Resources.Session> sessions = new ArrayList<>();
		if (kind == BookableKind.CAMP) {
			sessions.add(new Resources.Session(at(first, starts), at(first.plusDays(Math.max(1, repeat) - 1L), ends)));
			return sessions;
		}
		for (int week = 0; week < repeat; week++) {
			LocalDate day = first.plusWeeks(week);
			sessions.add(new Resources.Session(at(day, starts), at(day, ends)));
		}
		return sessions;
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(BookingTime.ZONE).toInstant();
	}

	private static Optional<Integer> number(Map<String, String> form, String field, int min, int max, boolean optional,
			Map<String, String> errors) {
		String typed = form.getOrDefault(field, "").strip().replace(" ", "");
		if (typed.isEmpty() && optional) {
			return Optional.empty();
		}
		try {
			int value = Integer.parseInt(typed);
			if (value >= min && value <= max) {
				return Optional.of(value);
			}
		}
		catch (NumberFormatException notANumber) {
			// told below, at the field
		}
		errors.put(field, "booking.staff.new.error.number." + field);
		return Optional.empty();
	}

	private static OptionalInt optionalInt(Optional<Integer> value) {
		return value.map(OptionalInt::of).orElse(OptionalInt.empty());
	}

	private static Optional<LocalDate> day(String typed) {
		try {
			return Optional.of(LocalDate.parse(typed.strip()));
		}
		catch (DateTimeParseException notADay) {
			return Optional.empty();
		}
	}

	/** A time of day as officers type it: 17:00, 17.00 or 9:30. */
	static Optional<LocalTime> time(String typed) {
		String text = typed.strip().replace('.', ':');
		try {
			return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
		}
		catch (DateTimeParseException notATime) {
			return Optional.empty();
		}
	}
}
