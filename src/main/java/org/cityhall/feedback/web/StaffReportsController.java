package org.cityhall.feedback.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.feedback.ReportCategories;
import org.cityhall.feedback.ReportPhotos;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reports;
import org.cityhall.feedback.RoutingArea;
import org.cityhall.feedback.RoutingRule;
import org.cityhall.feedback.RoutingRules;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of reports: the reports routed to the officer's departments with the merging of a
 * duplicate, each report's page where its photos are approved for the public or hidden, and the routing rules
 * (category, area as WKT or GeoJSON, words, department), which platform administrators edit. Handling a report's case (status,
 * notes, reply) is the engine's back office.
 */
@Controller
class StaffReportsController {

	private final Reports reports;
	private final RoutingRules rules;
	private final ReportCategories categories;
	private final Catalogue catalogue;
	private final ReportPhotos photos;
	private final MessageSource messages;

	StaffReportsController(Reports reports, RoutingRules rules, ReportCategories categories, Catalogue catalogue, ReportPhotos photos,
			MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
		this.photos = photos;
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

	/** A report as its department's officers see it: what was reported, its photos to approve or hide, and the way to its case. */
	@GetMapping("/staff/reports/{reference}")
	String report(Actor staff, @PathVariable String reference, Model model) {
		ReportView report = handled(staff, reference);
		model.addAttribute("report", report);
		model.addAttribute("category", categories.find(report.category()).orElseThrow());
		model.addAttribute("photos", photos.of(report.reference()));
		return "feedback/staff/report";
	}

	@GetMapping("/staff/reports/{reference}/photos/{sha256}")
	ResponseEntity<byte[]> photo(Actor staff, @PathVariable String reference, @PathVariable String sha256) {
		return PhotoResponses.of(photos.content(handled(staff, reference).reference(), sha256, false), false);
	}

	/** An officer approves a photo for the public after checking it shows no face or number plate, or hides it again. */
	@PostMapping("/staff/reports/{reference}/photos/{sha256}/{action:approve|hide}")
	String review(Actor staff, @PathVariable String reference, @PathVariable String sha256, @PathVariable String action,
			RedirectAttributes redirect) {
		ReportView report = handled(staff, reference);
		// A report in a category that is never public has no photo to approve for the public.
		if (!report.publicView() || photos.of(report.reference()).stream().noneMatch(p -> p.sha256().equals(sha256))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		photos.review(report.reference(), sha256, action.equals("approve"), ((Party.Staff) staff.who()).staffId());
		redirect.addFlashAttribute("reviewed", action.equals("approve") ? "feedback.staff.photo.approved" : "feedback.staff.photo.hidden");
		return "redirect:/staff/reports/" + report.reference();
	}

	/** A report routed to one of the departments where the member of staff is an officer; else not found. */
	private ReportView handled(Actor staff, String reference) {
		List<String> departments = departments(staff);
		return reports.find(reference).filter(r -> departments.contains(r.department()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
			reports.merge(dup.reference(), into.strip(), staff);
			redirect.addFlashAttribute("merged", dup.reference());
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "feedback.staff.merge.refused");
		}
		return "redirect:/staff/reports";
	}

	@GetMapping("/staff/reports/rules/new")
	String newRule(Actor staff, Model model) {
		administrator(staff);
		return rulePage(null, new RuleForm("", "", "", ""), Map.of(), model);
	}

	@GetMapping("/staff/reports/rules/{id}")
	String rule(Actor staff, @PathVariable UUID id, Model model) {
		administrator(staff);
		RoutingRule rule = rules.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return rulePage(id, new RuleForm(rule.category().orElse(""), rule.area().map(RoutingArea::wkt).orElse(""),
				String.join(", ", rule.words()), rule.department()), Map.of(), model);
	}

	@PostMapping("/staff/reports/rules")
	String addRule(Actor staff, RuleForm typed, Model model) {
		administrator(staff);
		return saveRule(null, typed, model);
	}

	@PostMapping("/staff/reports/rules/{id}")
	String changeRule(Actor staff, @PathVariable UUID id, RuleForm typed, Model model) {
		administrator(staff);
		rules.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return saveRule(id, typed, model);
	}

	private String saveRule(UUID id, RuleForm typed, Model model) {
		RuleForm form = typed.stripped();
		Map<String, String> errors = new LinkedHashMap<>();
		if (!form.category().isEmpty() && categories.find(form.category()).isEmpty()) {
			errors.put("rule-category", "feedback.rules.error.category");
		}
		Optional<RoutingArea> area = Optional.empty();
		if (!form.area().isEmpty()) {
			try {
				area = Optional.of(RoutingArea.parse(form.area()));
			}
			catch (RoutingArea.Refused refused) {
				errors.put("area", refused.messageKey());
			}
		}
		if (catalogue.departments().stream().noneMatch(d -> d.id().equals(form.department()))) {
			errors.put("department", "feedback.rules.error.department");
		}
		if (!errors.isEmpty()) {
			return rulePage(id, form, errors, model);
		}
		Optional<String> category = Optional.of(form.category()).filter(c -> !c.isEmpty());
		if (id == null) {
			rules.add(category, area, RoutingRule.words(form.words()), form.department());
		}
		else {
			rules.change(id, category, area, RoutingRule.words(form.words()), form.department());
		}
		return "redirect:/staff/reports";
	}

	private String rulePage(UUID id, RuleForm form, Map<String, String> errors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> texts = new LinkedHashMap<>();
		errors.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, locale)));
		List<Map<String, String>> summary = new ArrayList<>();
		texts.forEach((field, text) -> summary.add(Map.of("href", "#" + field, "text", text)));
		model.addAttribute("ruleId", id);
		model.addAttribute("form", form);
		model.addAttribute("fieldErrors", texts);
		model.addAttribute("summary", summary);
		model.addAttribute("categories", categories.all());
		model.addAttribute("departments", catalogue.departments());
		return "feedback/staff/rule";
	}

	/** A routing rule as an administrator typed it, kept as typed. */
	record RuleForm(String category, String area, String words, String department) {

		RuleForm stripped() {
			return new RuleForm(category == null ? "" : category.strip(), area == null ? "" : area.strip(), words == null ? "" : words.strip(),
					department == null ? "" : department.strip());
		}
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
