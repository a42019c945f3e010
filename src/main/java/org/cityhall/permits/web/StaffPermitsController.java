package org.cityhall.permits.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cityhall.audit.AuditLog;
import org.cityhall.identity.StaffRoles;
import org.cityhall.identity.Vehicle;
import org.cityhall.permits.PermitRefused;
import org.cityhall.permits.PermitView;
import org.cityhall.permits.Permits;
import org.cityhall.permits.Zones;
import org.cityhall.permits.warden.WardenDevices;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Traffic Administration's officers' side: find a permit by reference or plate, see it with its
 * corrections (an audited read of the holder's data), correct it with a reason, and register or revoke the
 * wardens' devices. Officers of other departments get 403.
 */
@Controller
class StaffPermitsController {

	static final String DEPARTMENT = "traffic";

	private final Permits permits;
	private final Zones zones;
	private final WardenDevices devices;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final MessageSource messages;

	StaffPermitsController(Permits permits, Zones zones, WardenDevices devices, AuditLog audit, JdbcClient jdbc, MessageSource messages) {
		this.permits = permits;
		this.zones = zones;
		this.devices = devices;
		this.audit = audit;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@GetMapping("/staff/permits")
	String index(Actor officer, @RequestParam(defaultValue = "") String q, Model model) {
		allowed(officer);
		model.addAttribute("q", q);
		if (!q.isBlank()) {
			String plate = Vehicle.normalisePlate(q);
			List<String> found = jdbc.sql("""
					SELECT DISTINCT p.reference FROM permits_permit p LEFT JOIN permits_temporary_vehicle t ON t.permit_id = p.id
					WHERE p.reference = :q OR p.plate = :plate OR t.plate = :plate ORDER BY p.reference DESC LIMIT 50
					""").param("q", q.strip().toUpperCase(java.util.Locale.ROOT)).param("plate", plate).query(String.class).list();
			model.addAttribute("found", found);
		}
		model.addAttribute("devices", devices.all());
		model.addAttribute("zones", zones.all());
		return "permits/staff/index";
	}

	@GetMapping("/staff/permits/{reference}")
	String permit(Actor officer, @PathVariable String reference, Model model) {
		allowed(officer);
		PermitView permit = permits.find(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Party.Staff staff = (Party.Staff) officer.who();
		audit.recordRead(new AuditLog.Read(staff.staffId(), staff.name() == null ? staff.staffId() : staff.name(), StaffRoles.OFFICER,
				permit.holder().number().value(), "permit:" + reference, "permit-handling", "web"));
		return page(permit, model, null, "", "");
	}

	@PostMapping("/staff/permits/{reference}/correct")
	String correct(Actor officer, @PathVariable String reference, @RequestParam(defaultValue = "") String what,
			@RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		allowed(officer);
		PermitView permit = permits.find(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Permits.Correction correction;
		if (what.equals("plate")) {
			correction = new Permits.ChangePlate(value);
		}
		else if (what.equals("zone")) {
			correction = new Permits.ChangeZone(value);
		}
		else {
			Optional<LocalDate> day = Days.parse(value);
			if (day.isEmpty()) {
				return page(permit, model, text("permits.form.date-invalid", value), value, reason);
			}
			correction = new Permits.EndOn(day.get());
		}
		try {
			permits.correct(reference, (Party.Staff) officer.who(), correction, reason);
		}
		catch (PermitRefused refused) {
			return page(permit, model, text(refused.messageKey(), refused.arguments().toArray()), value, reason);
		}
		redirect.addFlashAttribute("done", "permits.staff.corrected");
		return "redirect:/staff/permits/" + reference;
	}

	@PostMapping("/staff/permits/devices")
	String register(Actor officer, @RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String name, Model model) {
		allowed(officer);
		try {
			model.addAttribute("deviceKey", devices.register(id.strip(), name));
			model.addAttribute("deviceId", id.strip());
		}
		catch (IllegalArgumentException notAnId) {
			model.addAttribute("deviceError", text("permits.staff.device-invalid"));
			model.addAttribute("typedId", id);
		}
		model.addAttribute("q", "");
		model.addAttribute("devices", devices.all());
		model.addAttribute("zones", zones.all());
		return "permits/staff/index";
	}

	@PostMapping("/staff/permits/devices/{id}/revoke")
	String revoke(Actor officer, @PathVariable String id) {
		allowed(officer);
		devices.revoke(id);
		return "redirect:/staff/permits";
	}

	private String page(PermitView permit, Model model, String error, String value, String reason) {
		model.addAttribute("permit", permit);
		model.addAttribute("corrections", permits.corrections(permit.reference()));
		model.addAttribute("validToday", permit.validOn(permits.today()));
		model.addAttribute("errorText", error);
		model.addAttribute("value", value);
		model.addAttribute("reason", reason);
		model.addAttribute("zones", zones.all());
		return "permits/staff/permit";
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static void allowed(Actor officer) {
		if (!officer.hasRoleIn(StaffRoles.OFFICER, DEPARTMENT) || !(officer.who() instanceof Party.Staff)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
