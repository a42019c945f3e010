package org.cityhall.feedback.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.feedback.ReportCategories;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reports;
import org.cityhall.feedback.RoutingRule;
import org.cityhall.feedback.RoutingRules;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of reports: the reports routed to the officer's departments with the merging of a
 * duplicate, and the routing rules, which platform administrators edit. Handling a report's case (status,
 * notes, reply) is the engine's back office.
 */
@Controller
class StaffReportsController {

	private final Reports reports;
	private final RoutingRules rules;
	private final ReportCategories categories;
	private final Catalogue catalogue;

	StaffReportsController(Reports reports, RoutingRules rules, ReportCategories categories, Catalogue catalogue) {
		this.reports = reports;
		this.rules = rules;
		this.categories = categories;
		this.catalogue = catalogue;
	}

	@GetMapping("/staff/reports")
	String index(Actor staff, Model model) {
		List<String> departments = departments(staff);
		model.addAttribute("reports", departments.stream().flatMap(d -> reports.forDepartment(Optional.of(d), true, 200).stream()).toList());
		model.addAttribute("rules", rules.all());
		model.addAttribute("administrator", staff.hasRole(StaffRoles.PLATFORM_ADMINISTRATOR));
		model.addAttribute("categories", categories.all());
		model.addAttribute("departments", catalogue.departments());
		return "feedback/staff/index";
	}

	@PostMapping("/staff/reports/merge")
	String merge(Actor staff, @RequestParam String duplicate, @RequestParam String into, RedirectAttributes redirect) {
		List<String> departments = departments(staff);
		ReportView dup = reports.find(duplicate.strip()).filter(r -> departments.contains(r.department())).orElse(null);
		if (dup == null || reports.find(into.strip()).isEmpty()) {
			redirect.addFlashAttribute("problem", "feedback.staff.merge.unknown");
			return "redirect:/staff/reports";
		}
		try {
			reports.merge(dup.reference(), into.strip(), ((Party.Staff) staff.who()).staffId());
			redirect.addFlashAttribute("merged", dup.reference());
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "feedback.staff.merge.refused");
		}
		return "redirect:/staff/reports";
	}

	@PostMapping("/staff/reports/rules")
	String addRule(Actor staff, @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String words,
			@RequestParam(defaultValue = "") String department, RedirectAttributes redirect) {
		administrator(staff);
		if (catalogue.departments().stream().noneMatch(d -> d.id().equals(department))
				|| (!category.isBlank() && categories.find(category).isEmpty())) {
			redirect.addFlashAttribute("problem", "feedback.staff.rules.invalid");
			return "redirect:/staff/reports";
		}
		rules.add(Optional.of(category).filter(c -> !c.isBlank()), Optional.empty(), RoutingRule.words(words), department);
		return "redirect:/staff/reports";
	}

	@PostMapping("/staff/reports/rules/remove")
	String removeRule(Actor staff, @RequestParam UUID id) {
		administrator(staff);
		rules.remove(id);
		return "redirect:/staff/reports";
	}

	@PostMapping("/staff/reports/rules/up")
	String moveUp(Actor staff, @RequestParam UUID id) {
		administrator(staff);
		rules.moveUp(id);
		return "redirect:/staff/reports";
	}

	private static void administrator(Actor staff) {
		if (!staff.hasRole(StaffRoles.PLATFORM_ADMINISTRATOR)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** The departments whose reports the member of staff handles: where they are an officer. */
	private List<String> departments(Actor staff) {
		if (!(staff.who() instanceof Party.Staff)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return catalogue.departments().stream().map(d -> d.id()).filter(d -> staff.hasRoleIn(StaffRoles.OFFICER, d)).toList();
	}
}
