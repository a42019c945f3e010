package org.cityhall.feedback.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cityhall.feedback.open311.ApiClients;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * Platform administrators issue Open311 API keys to the city's clients (an app, an operations system): a
 * name, whom to contact and a rate. The key is shown once, on the answer to the issuing itself, and is kept
 * only as its SHA-256; clients are listed with who issued and revoked them, and revoked here. Issuing and
 * revoking are filed for staff.
 */
@Controller
class Open311ClientsController {

	static final String PATH = "/staff/open311-clients";
	static final int LONGEST = 200;
	static final int HIGHEST_RATE = 100_000;
	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final ApiClients clients;
	private final MessageSource messages;

	Open311ClientsController(ApiClients clients, MessageSource messages) {
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String index(Actor staff, Model model) {
		administrator(staff);
		return page(new Typed("", "", ""), Map.of(), model);
	}

	/** Issues the key and shows it on this answer only: it is never put in the session or anywhere else. */
	@PostMapping(PATH)
	String issue(Actor staff, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String contact,
			@RequestParam(defaultValue = "") String rate, Model model, HttpServletResponse response) {
		administrator(staff);
		Typed typed = new Typed(name.strip(), contact.strip(), rate.strip());
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		if (typed.name().isEmpty()) {
			errors.put("name", messages.getMessage("feedback.clients.error.name", null, locale));
		}
		else if (typed.name().length() > LONGEST) {
			errors.put("name", messages.getMessage("feedback.clients.error.too-long", new Object[] {LONGEST}, locale));
		}
		if (typed.contact().isEmpty()) {
			errors.put("contact", messages.getMessage("feedback.clients.error.contact", null, locale));
		}
		else if (typed.contact().length() > LONGEST) {
			errors.put("contact", messages.getMessage("feedback.clients.error.too-long", new Object[] {LONGEST}, locale));
		}
		Integer perMinute = typed.rateNumber();
		if (perMinute == null || perMinute < 1 || perMinute > HIGHEST_RATE) {
			errors.put("rate", messages.getMessage("feedback.clients.error.rate", new Object[] {typed.rate(), HIGHEST_RATE}, locale));
		}
		if (!errors.isEmpty()) {
			return page(typed, errors, model);
		}
		String key = clients.register(typed.name(), typed.contact(), perMinute, staff.who().id());
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("issuedKey", key);
		model.addAttribute("issuedName", typed.name());
		return page(new Typed("", "", ""), Map.of(), model);
	}

	@PostMapping(PATH + "/{id}/revoke")
	String revoke(Actor staff, @PathVariable UUID id, RedirectAttributes redirect) {
		administrator(staff);
		ApiClients.Client client = clients.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		clients.revoke(id, staff.who().id());
		redirect.addFlashAttribute("revoked", client.name());
		return "redirect:" + PATH;
	}

	private String page(Typed typed, Map<String, String> errors, Model model) {
		List<Map<String, String>> summary = new ArrayList<>();
		errors.forEach((field, text) -> summary.add(Map.of("href", "#" + field, "text", text)));
		model.addAttribute("typed", typed);
		model.addAttribute("fieldErrors", errors);
		model.addAttribute("summary", summary);
		model.addAttribute("clients", clients.all());
		model.addAttribute("zone", STOCKHOLM);
		return "feedback/staff/open311-clients";
	}

	private static void administrator(Actor staff) {
		if (!staff.hasRole(StaffRoles.PLATFORM_ADMINISTRATOR)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** What the administrator typed, kept as typed. */
	record Typed(String name, String contact, String rate) {

		Integer rateNumber() {
			try {
				return rate.isEmpty() ? null : Integer.valueOf(rate.replace(" ", "").replace("\u00a0", ""));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
	}
}
