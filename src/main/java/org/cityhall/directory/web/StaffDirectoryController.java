package org.cityhall.directory.web;

import java.io.IOException;

import org.cityhall.directory.ProviderImports;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrations' import of providers and quality indicators: a file checked first (a dry run) with
 * every line's problems listed, then imported whole. For officers of the departments that fund providers.
 */
@Controller
class StaffDirectoryController {

	static final java.util.List<String> DEPARTMENTS = java.util.List.of("education", "district-administrations", "elderly-care");

	private final ProviderImports imports;

	StaffDirectoryController(ProviderImports imports) {
		this.imports = imports;
	}

	@GetMapping("/staff/directory/import")
	String form(Actor officer, Model model) {
		allowed(officer);
		model.addAttribute("file", "");
		return "directory/staff/import";
	}

	@PostMapping("/staff/directory/import")
	String upload(Actor officer, @RequestParam(defaultValue = "") String file, @RequestParam(required = false) MultipartFile content,
			@RequestParam(defaultValue = "check") String action, Model model) throws IOException {
		allowed(officer);
		model.addAttribute("file", file);
		ProviderImports.File chosen = switch (file) {
			case "providers" -> ProviderImports.File.PROVIDERS;
			case "indicators" -> ProviderImports.File.INDICATORS;
			default -> null;
		};
		if (chosen == null) {
			model.addAttribute("fileError", "directory.import.choose-file");
		}
		if (content == null || content.isEmpty()) {
			model.addAttribute("contentError", "directory.import.choose-content");
		}
		if (chosen == null || content == null || content.isEmpty()) {
			return "directory/staff/import";
		}
		model.addAttribute("result", imports.importFile(chosen, content.getBytes(), !action.equals("import")));
		model.addAttribute("fileName", content.getOriginalFilename());
		return "directory/staff/import";
	}

	private static void allowed(Actor officer) {
		if (DEPARTMENTS.stream().noneMatch(department -> officer.hasRoleIn(StaffRoles.OFFICER, department))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
