package org.cityhall.registers.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.identity.StaffRoles;
import org.cityhall.registers.ImportReport;
import org.cityhall.registers.RegisterImports;
import org.cityhall.registers.RegisterImports.Register;
import org.cityhall.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff import the registers' files: choose the register and the file, run it dry to see every problem, then
 * import; a large file's progress is shown on a page that refreshes itself. Officers of the Environment and
 * Health Administration import radon, food and borehole files, those of City Planning the plans.
 */
@Controller
class ImportsController {

	static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
	static final Map<Register, String> DEPARTMENTS = Map.of(Register.RADON, "environment-health", Register.FOOD,
			"environment-health", Register.BOREHOLES, "environment-health", Register.PLANS, "city-planning");

	private final RegisterImports imports;
	private final org.springframework.context.MessageSource messages;

	ImportsController(RegisterImports imports, org.springframework.context.MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/staff/registers/imports")
	String form(Actor staff, Model model) {
		allowedAny(staff);
		model.addAttribute("registers", allowed(staff));
		model.addAttribute("recent", imports.recent(20));
		return "registers/staff/imports";
	}

	@PostMapping("/staff/registers/imports")
	String upload(Actor staff, @RequestParam(defaultValue = "") String register, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "dry-run") String action, java.util.Locale locale, Model model) throws IOException {
		allowedAny(staff);
		model.addAttribute("registers", allowed(staff));
		model.addAttribute("recent", imports.recent(20));
		model.addAttribute("chosen", register);
		Register chosen = Register.of(register).filter(r -> staff.hasRoleIn(StaffRoles.OFFICER, DEPARTMENTS.get(r))).orElse(null);
		if (chosen == null) {
			model.addAttribute("registerError", "registers.import.choose-register");
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "registers.import.choose-file");
		}
		else if (file.getSize() > MAX_FILE_BYTES) {
			model.addAttribute("fileError", "registers.import.too-large");
		}
		if (model.containsAttribute("registerError") || model.containsAttribute("fileError")) {
			java.util.List<Map<String, String>> errors = new java.util.ArrayList<>();
			if (chosen == null) {
				errors.add(Map.of("href", "#register", "text", messages.getMessage("registers.import.choose-register", null, locale)));
			}
			if (model.getAttribute("fileError") instanceof String key) {
				errors.add(Map.of("href", "#file", "text", messages.getMessage(key, null, locale)));
			}
			model.addAttribute("errors", errors);
			return "registers/staff/imports";
		}
		String fileName = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		byte[] content = file.getBytes();
		if (action.equals("import")) {
			try {
				UUID id = imports.start(chosen, fileName, content, staff.who().id());
				return "redirect:/staff/registers/imports/" + id;
			}
			catch (RegisterImports.InvalidImportException e) {
				model.addAttribute("report", e.report());
				return "registers/staff/imports";
			}
		}
		ImportReport report = imports.dryRun(chosen, fileName, content);
		model.addAttribute("report", report);
		return "registers/staff/imports";
	}

	@GetMapping("/staff/registers/imports/{id}")
	String progress(Actor staff, @PathVariable UUID id, HttpServletResponse response, Model model) {
		allowedAny(staff);
		RegisterImports.ImportRecord record = imports.record(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (record.status().equals("running")) {
			// Without script the page still follows the import: the browser asks again every two seconds.
			response.setHeader("Refresh", "2");
		}
		model.addAttribute("record", record);
		return "registers/staff/import";
	}

	private static java.util.List<Register> allowed(Actor staff) {
		return java.util.Arrays.stream(Register.values())
				.filter(r -> staff.hasRoleIn(StaffRoles.OFFICER, DEPARTMENTS.get(r))).toList();
	}

	private static void allowedAny(Actor staff) {
		if (allowed(staff).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
