package org.cityhall.booking.web;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.booking.ResourceKind;
import org.cityhall.booking.Resources;
import org.cityhall.booking.StaffActions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LocalizedText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers add a resource to their department (a hall, a field, a pool, a camp, the ceremony room) with its
 * opening hours, and close one for good with a reason. Every field is checked and told at the field with what
 * was typed kept; a department the officer does not work in is refused at the field, another department's
 * resource answers 403.
 */
@Controller
class StaffResourcesController {

	private final Resources resources;
	private final StaffActions actions;
	private final Catalogue catalogue;

	StaffResourcesController(Resources resources, StaffActions actions, Catalogue catalogue) {
		this.resources = resources;
		this.actions = actions;
		this.catalogue = catalogue;
	}

	/** The departments an officer may add resources to, as id and name. */
	static List<Department> departmentsOf(Actor officer, Catalogue catalogue) {
		return catalogue.departments().stream().filter(department -> officer.hasRoleIn(StaffRoles.OFFICER, department.id()))
				.toList();
	}

	@PostMapping("/staff/bookings/resources")
	String create(Actor officer, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		String code = form.getOrDefault("resourceCode", "").strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
			errors.put("resourceCode", "booking.staff.resource.error.code");
		}
		else if (resources.resource(code).isPresent()) {
			errors.put("resourceCode", "booking.staff.resource.error.code-taken");
		}
		Optional<ResourceKind> kind = kind(form.getOrDefault("resourceKind", ""));
		if (kind.isEmpty()) {
			errors.put("resourceKind", "booking.staff.resource.error.kind");
		}
		String department = form.getOrDefault("department", "");
		if (departmentsOf(officer, catalogue).stream().noneMatch(d -> d.id().equals(department))) {
			errors.put("department", "booking.staff.resource.error.department");
		}
		String nameSv = form.getOrDefault("nameSv", "").strip();
		String nameEn = form.getOrDefault("nameEn", "").strip();
		if (nameSv.isEmpty() || nameSv.length() > 200) {
			errors.put("nameSv", "booking.staff.resource.error.name");
		}
		if (nameEn.isEmpty() || nameEn.length() > 200) {
			errors.put("nameEn", "booking.staff.resource.error.name");
		}
		Optional<LocalTime> opens = StaffBookablesController.time(form.getOrDefault("opens", ""));
		Optional<LocalTime> closes = StaffBookablesController.time(form.getOrDefault("closes", ""));
		if (opens.isEmpty()) {
			errors.put("opens", "booking.staff.resource.error.time");
		}
		if (closes.isEmpty() || opens.isPresent() && !closes.get().isAfter(opens.get())) {
			errors.put("closes", "booking.staff.resource.error.closes");
		}
		if (!errors.isEmpty()) {
			redirect.addFlashAttribute("resourceErrors", errors);
			redirect.addFlashAttribute("resourceTyped", form);
			return "redirect:/staff/bookings#new-resource";
		}
		resources.createResource(code, kind.get(), department, new LocalizedText(nameSv, nameEn), opens.get(), closes.get());
		redirect.addFlashAttribute("made", code);
		return "redirect:/staff/bookings/resources/" + code;
	}

	@PostMapping("/staff/bookings/resources/{code}/close")
	String close(Actor officer, @PathVariable String code, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		Resources.Resource resource = resources.resource(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!officer.hasRoleIn(StaffRoles.OFFICER, resource.department())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("closeError", "booking.staff.reason.required");
			redirect.addFlashAttribute("typedCloseReason", reason);
			return "redirect:/staff/bookings/resources/" + code + "#close-resource";
		}
		actions.closeResource(officer.who().id(), code, reason);
		return "redirect:/staff/bookings/resources/" + code;
	}

	private static Optional<ResourceKind> kind(String typed) {
		for (ResourceKind kind : ResourceKind.values()) {
			if (kind.name().equals(typed)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
