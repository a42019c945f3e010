package org.cityhall.booking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import java.util.Optional;

import org.cityhall.audit.AuditLog;
import org.cityhall.booking.Bookable;
import org.cityhall.booking.BookingTime;
import org.cityhall.booking.BookingView;
import org.cityhall.booking.ResourceKind;
import org.cityhall.booking.Resources;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.booking.Seasons;
import org.cityhall.booking.StaffActions;
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
 * The staff side of bookings, for officers of the department that runs each resource: the resources, a
 * week's calendar per resource with closed days, a bookable's check-in list and waitlist, exceptions
 * with their reasons, and the seasons' applications and allocation. Another department's resource
 * answers 403; opening a check-in list is an audited read of each participant's data.
 */
@Controller
class StaffBookingsController {

	private final Resources resources;
	private final Seasons seasons;
	private final StaffActions actions;
	private final AuditLog audit;
	private final Catalogue catalogue;

	StaffBookingsController(Resources resources, Seasons seasons, StaffActions actions, AuditLog audit, Catalogue catalogue) {
		this.resources = resources;
		this.seasons = seasons;
		this.actions = actions;
		this.audit = audit;
		this.catalogue = catalogue;
	}

	@GetMapping("/staff/bookings")
	String index(Actor officer, Model model) {
		model.addAttribute("resources", resources.resources().stream()
				.filter(resource -> officer.hasRoleIn(StaffRoles.OFFICER, resource.department())).toList());
		model.addAttribute("seasons", officer.hasRoleIn(StaffRoles.OFFICER, "sports") ? seasons.all() : List.of());
		model.addAttribute("departments", StaffResourcesController.departmentsOf(officer, catalogue));
		model.addAttribute("kinds", ResourceKind.values());
		return "booking/staff/index";
	}

	@GetMapping("/staff/bookings/resources/{code}")
	String resource(Actor officer, @PathVariable String code, @RequestParam(defaultValue = "") String from, Model model) {
		Resources.Resource resource = resourceOf(officer, code);
		LocalDate first = parseDay(from).orElse(LocalDate.now(BookingTime.ZONE));
		Instant start = first.atStartOfDay(BookingTime.ZONE).toInstant();
		Instant end = first.plusDays(7).atStartOfDay(BookingTime.ZONE).toInstant();
		model.addAttribute("resource", resource);
		model.addAttribute("from", first);
		model.addAttribute("bookables", resources.calendar(code, start, end).stream()
				.map(bookable -> new CalendarLine(bookable, BookingTime.local(bookable.startsAt()))).toList());
		model.addAttribute("closed", resources.closedDays(code, first, first.plusDays(6)));
		return "booking/staff/resource";
	}

	/** A bookable on a resource's calendar, with its start in Stockholm. */
	record CalendarLine(Bookable bookable, String starts) {
	}

	@PostMapping("/staff/bookings/resources/{code}/closed-days")
	String closeDay(Actor officer, @PathVariable String code, @RequestParam(defaultValue = "") String day,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		resourceOf(officer, code);
		Optional<LocalDate> closed = parseDay(day);
		if (closed.isEmpty() || reason.isBlank()) {
			redirect.addFlashAttribute("error", "booking.staff.closed-day.error");
			redirect.addFlashAttribute("typedDay", day);
			redirect.addFlashAttribute("typedReason", reason);
			return "redirect:/staff/bookings/resources/" + code;
		}
		resources.closeOn(code, closed.get(), reason.strip());
		return "redirect:/staff/bookings/resources/" + code + "?from=" + closed.get();
	}

	@GetMapping("/staff/bookings/bookables/{code}")
	String bookable(Actor officer, @PathVariable String code, Model model) {
		Bookable bookable = bookableOf(officer, code);
		List<BookingView> list = actions.checkInList(code);
		for (BookingView booking : list) {
			if (booking.participant() instanceof Party.Person person) {
				audit.recordRead(new AuditLog.Read(officer.who().id(), officer.who().displayName(), StaffRoles.OFFICER,
						person.id(), "booking-check-in:" + code, "handling", "back-office"));
			}
		}
		model.addAttribute("bookable", bookable);
		model.addAttribute("starts", BookingTime.local(bookable.startsAt()));
		model.addAttribute("list", list);
		model.addAttribute("exceptions", actions.exceptions(code));
		return "booking/staff/bookable";
	}

	@PostMapping("/staff/bookings/bookables/{code}/check-in")
	String checkIn(Actor officer, @PathVariable String code, @RequestParam String reference) {
		bookableOf(officer, code);
		actions.checkIn(reference);
		return "redirect:/staff/bookings/bookables/" + code;
	}

	@PostMapping("/staff/bookings/bookables/{code}/certificate")
	String certificate(Actor officer, @PathVariable String code, @RequestParam String reference) {
		bookableOf(officer, code);
		actions.certificateReceived(officer.who().id(), reference);
		return "redirect:/staff/bookings/bookables/" + code;
	}

	@PostMapping("/staff/bookings/bookables/{code}/cancel")
	String cancel(Actor officer, @PathVariable String code, @RequestParam String reference,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		bookableOf(officer, code);
		if (reason.isBlank()) {
			redirect.addFlashAttribute("error", "booking.staff.reason.required");
			return "redirect:/staff/bookings/bookables/" + code;
		}
		actions.cancel(officer.who().id(), reference, reason);
		return "redirect:/staff/bookings/bookables/" + code;
	}

	@PostMapping("/staff/bookings/bookables/{code}/close")
	String close(Actor officer, @PathVariable String code, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		bookableOf(officer, code);
		if (reason.isBlank()) {
			redirect.addFlashAttribute("error", "booking.staff.reason.required");
			return "redirect:/staff/bookings/bookables/" + code;
		}
		actions.closeBookable(officer.who().id(), code, reason);
		return "redirect:/staff/bookings/bookables/" + code;
	}

	@GetMapping("/staff/bookings/seasons/{code}")
	String season(Actor officer, @PathVariable String code, Model model) {
		model.addAttribute("season", seasonOf(officer, code));
		model.addAttribute("applications", seasons.applications(code));
		return "booking/staff/season";
	}

	@PostMapping("/staff/bookings/seasons/{code}/allocate")
	String allocate(Actor officer, @PathVariable String code, RedirectAttributes redirect) {
		Seasons.Season season = seasonOf(officer, code);
		if (season.allocatedAt().isEmpty()) {
			seasons.allocate(code);
			redirect.addFlashAttribute("done", "booking.staff.season.allocated");
		}
		return "redirect:/staff/bookings/seasons/" + code;
	}

	private Seasons.Season seasonOf(Actor officer, String code) {
		if (!officer.hasRoleIn(StaffRoles.OFFICER, "sports")) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return seasons.season(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Resources.Resource resourceOf(Actor officer, String code) {
		Resources.Resource resource = resources.resource(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!officer.hasRoleIn(StaffRoles.OFFICER, resource.department())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return resource;
	}

	private Bookable bookableOf(Actor officer, String code) {
		Bookable bookable = resources.bookable(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!officer.hasRoleIn(StaffRoles.OFFICER, bookable.department())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return bookable;
	}

	private static Optional<LocalDate> parseDay(String typed) {
		try {
			return typed.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(typed.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
