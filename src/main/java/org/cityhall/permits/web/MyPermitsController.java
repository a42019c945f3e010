package org.cityhall.permits.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.permits.PermitPeriod;
import org.cityhall.permits.PermitRefused;
import org.cityhall.permits.PermitView;
import org.cityhall.permits.Permits;
import org.cityhall.permits.Zones;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * A holder's own permit: whether it is valid, its periods and what to pay, and the changes a holder
 * makes — pay for the next period, a new car, a rental or loan car for some days, a suspension, an end.
 * A change the rules refuse shows the page again with the reason at the field and what was typed.
 * Anyone else's permit answers 404. The zones, in WGS 84, are public for maps.
 */
@Controller
class MyPermitsController {

	private final Permits permits;
	private final Zones zones;
	private final MessageSource messages;

	MyPermitsController(Permits permits, Zones zones, MessageSource messages) {
		this.permits = permits;
		this.zones = zones;
		this.messages = messages;
	}

	@GetMapping("/my-pages/permits/{reference}")
	String permit(@PathVariable String reference, Principal principal, Model model) {
		return page(own(reference, principal), model, Map.of(), null);
	}

	@PostMapping("/my-pages/permits/{reference}/pay")
	String pay(@PathVariable String reference, @RequestParam(required = false) String period, Principal principal, Model model) {
		PermitView permit = own(reference, principal);
		Optional<PermitPeriod> chosen = PermitPeriod.ofAnswer(period);
		if (chosen.isEmpty()) {
			return page(permit, model, Map.of(), new FieldError("period", "permits.refused.no-period", List.of()));
		}
		try {
			UUID fee = permits.payFor(reference, permit.holder().number(), chosen.get());
			return "redirect:/payments/" + fee;
		}
		catch (PermitRefused refused) {
			return page(permit, model, Map.of("period", period), FieldError.of("period", refused));
		}
	}

	@PostMapping("/my-pages/permits/{reference}/temporary")
	String temporary(@PathVariable String reference, @RequestParam(defaultValue = "") String plate,
			@RequestParam(defaultValue = "RENTAL") String kind, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Principal principal, Model model, RedirectAttributes redirect) {
		PermitView permit = own(reference, principal);
		Map<String, String> typed = Map.of("temporaryPlate", plate, "kind", kind, "from", from, "to", to);
		Optional<LocalDate> first = Days.parse(from);
		Optional<LocalDate> last = Days.parse(to);
		if (first.isEmpty()) {
			return page(permit, model, typed, new FieldError("from", "permits.form.date-invalid", List.of(from)));
		}
		if (last.isEmpty()) {
			return page(permit, model, typed, new FieldError("to", "permits.form.date-invalid", List.of(to)));
		}
		try {
			permits.addTemporaryVehicle(reference, permit.holder().number(), plate, kind.equals("LOAN") ? "LOAN" : "RENTAL", first.get(), last.get());
		}
		catch (PermitRefused refused) {
			String field = refused.messageKey().contains("plate") || refused.messageKey().contains("traffic")
					|| refused.messageKey().contains("same-car") ? "temporaryPlate" : refused.messageKey().contains("in-past") ? "from" : "to";
			return page(permit, model, typed, FieldError.of(field, refused));
		}
		redirect.addFlashAttribute("done", "permits.done.temporary");
		return "redirect:/my-pages/permits/" + reference;
	}

	@PostMapping("/my-pages/permits/{reference}/vehicle")
	String vehicle(@PathVariable String reference, @RequestParam(defaultValue = "") String plate, Principal principal, Model model,
			RedirectAttributes redirect) {
		PermitView permit = own(reference, principal);
		try {
			permits.changeVehicle(reference, permit.holder().number(), plate);
		}
		catch (PermitRefused refused) {
			return page(permit, model, Map.of("newPlate", plate), FieldError.of("newPlate", refused));
		}
		redirect.addFlashAttribute("done", "permits.done.vehicle");
		return "redirect:/my-pages/permits/" + reference;
	}

	@PostMapping("/my-pages/permits/{reference}/suspend")
	String suspend(@PathVariable String reference, @RequestParam(defaultValue = "") String from, Principal principal, Model model,
			RedirectAttributes redirect) {
		PermitView permit = own(reference, principal);
		return onDay(permit, "suspendFrom", from, model, redirect, "permits.done.suspended",
				day -> permits.suspend(reference, permit.holder().number(), day));
	}

	@PostMapping("/my-pages/permits/{reference}/resume")
	String resume(@PathVariable String reference, Principal principal, RedirectAttributes redirect) {
		PermitView permit = own(reference, principal);
		permits.resume(reference, permit.holder().number());
		redirect.addFlashAttribute("done", "permits.done.resumed");
		return "redirect:/my-pages/permits/" + reference;
	}

	@PostMapping("/my-pages/permits/{reference}/end")
	String end(@PathVariable String reference, @RequestParam(defaultValue = "") String lastDay, Principal principal, Model model,
			RedirectAttributes redirect) {
		PermitView permit = own(reference, principal);
		return onDay(permit, "lastDay", lastDay, model, redirect, "permits.done.ended",
				day -> permits.terminate(reference, permit.holder().number(), day));
	}

	/** A change on a typed day: the page again with the reason at the field when the day is none or the rules refuse. */
	private String onDay(PermitView permit, String field, String typed, Model model, RedirectAttributes redirect, String done,
			java.util.function.Consumer<LocalDate> change) {
		Optional<LocalDate> day = Days.parse(typed);
		if (day.isEmpty()) {
			return page(permit, model, Map.of(field, typed), new FieldError(field, "permits.form.date-invalid", List.of(typed)));
		}
		try {
			change.accept(day.get());
		}
		catch (PermitRefused refused) {
			return page(permit, model, Map.of(field, typed), FieldError.of(field, refused));
		}
		redirect.addFlashAttribute("done", done);
		return "redirect:/my-pages/permits/" + permit.reference();
	}

	/** A field's error: its id on the page, the message key and arguments. */
	record FieldError(String field, String messageKey, List<Object> arguments) {

		static FieldError of(String field, PermitRefused refused) {
			return new FieldError(field, refused.messageKey(), refused.arguments());
		}
	}

	private String page(PermitView permit, Model model, Map<String, String> typed, FieldError error) {
		LocalDate today = permits.today();
		model.addAttribute("permit", permit);
		model.addAttribute("zone", zones.find(permit.zone()).orElse(null));
		model.addAttribute("validToday", permit.validOn(today));
		model.addAttribute("today", today.toString());
		model.addAttribute("maxDays", permits.maxTemporaryDays());
		model.addAttribute("typed", new LinkedHashMap<>(typed));
		model.addAttribute("error", error);
		model.addAttribute("errorText", error == null ? null
				: messages.getMessage(error.messageKey(), error.arguments().toArray(), LocaleContextHolder.getLocale()));
		return "permits/permit";
	}

	private PermitView own(String reference, Principal principal) {
		PersonalIdentityNumber holder = Holders.of(principal).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return permits.find(reference).filter(p -> p.holder().number().equals(holder))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
