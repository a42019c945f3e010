package org.cityhall.placement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityhall.placement.Grade;
import org.cityhall.placement.PlacementRounds;
import org.cityhall.placement.PriorityRule;
import org.cityhall.placement.Round;
import org.cityhall.placement.School;
import org.cityhall.placement.SchoolRegister;
import org.cityhall.placement.Schools;
import org.cityhall.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers who run school choice list the schools, add one and change one: name, who runs it, district, address,
 * where it is (typed in SWEREF 99 TM, or clicked on the map), its grades and an independent school's priority
 * rules. Each field is checked and told at the field, what was typed kept. Anyone else gets 403.
 */
@Controller
class StaffSchoolsController {

	/** Where the school map opens and which base map it draws: the city's, from configuration. */
	record MapSettings(String centre, String tiles, String attribution) {
	}

	private final Schools schools;
	private final SchoolRegister register;
	private final PlacementRounds rounds;
	private final MessageSource messages;
	private final MapSettings map;

	StaffSchoolsController(Schools schools, SchoolRegister register, PlacementRounds rounds, MessageSource messages,
			@Value("${cityhall.placement.map.centre:${cityhall.feedback.map.centre:59.3293,18.0686}}") String centre,
			@Value("${cityhall.placement.map.tiles:${cityhall.registers.map.tiles:}}") String tiles,
			@Value("${cityhall.placement.map.attribution:${cityhall.registers.map.attribution:}}") String attribution) {
		this.schools = schools;
		this.register = register;
		this.rounds = rounds;
		this.messages = messages;
		this.map = new MapSettings(centre, tiles, attribution);
	}

	@GetMapping("/staff/placement/schools")
	String list(Actor actor, Model model) {
		StaffRoundsController.administrator(actor);
		model.addAttribute("schools", schools.all());
		return "placement/staff-schools";
	}

	@GetMapping("/staff/placement/schools/new")
	String newSchool(Actor actor, Locale locale, Model model) {
		StaffRoundsController.administrator(actor);
		return form(SchoolForm.blank(), null, Map.of(), locale, model);
	}

	@PostMapping("/staff/placement/schools")
	String add(Actor actor, @ModelAttribute SchoolForm form, Locale locale, Model model, RedirectAttributes redirect) {
		StaffRoundsController.administrator(actor);
		Map<String, Problem> problems = form.problems();
		if (!problems.isEmpty()) {
			return form(form, null, problems, locale, model);
		}
		School school = register.add(form.details(), actor.who().id());
		redirect.addFlashAttribute("done", "placement.school.added");
		redirect.addFlashAttribute("saved", school.name());
		return "redirect:/staff/placement/schools";
	}

	@GetMapping("/staff/placement/schools/{code}/edit")
	String edit(Actor actor, @PathVariable String code, Locale locale, Model model) {
		StaffRoundsController.administrator(actor);
		School school = school(code);
		return form(SchoolForm.of(school), school, Map.of(), locale, model);
	}

	@PostMapping("/staff/placement/schools/{code}")
	String change(Actor actor, @PathVariable String code, @ModelAttribute SchoolForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		StaffRoundsController.administrator(actor);
		School school = school(code);
		Map<String, Problem> problems = new LinkedHashMap<>(form.problems());
		for (Grade grade : school.grades()) {
			List<Round> giving = form.chosenGrades().contains(grade) ? List.of() : rounds.givingPlaces(code, grade);
			if (!giving.isEmpty()) {
				problems.putIfAbsent("grades", new Problem("placement.school.error.grade-has-places",
						messages.getMessage("placement.grade." + grade.code(), null, locale), giving.get(0).name()));
			}
		}
		if (!problems.isEmpty()) {
			return form(form, school, problems, locale, model);
		}
		register.change(code, form.details(), actor.who().id());
		redirect.addFlashAttribute("done", "placement.school.changed");
		return "redirect:/staff/placement/schools";
	}

	private String form(SchoolForm form, School school, Map<String, Problem> problems, Locale locale, Model model) {
		Problem.show(problems, messages, locale, model);
		model.addAttribute("form", form);
		model.addAttribute("school", school);
		model.addAttribute("grades", List.of(Grade.values()));
		model.addAttribute("rules", List.of(PriorityRule.values()));
		model.addAttribute("map", map);
		return "placement/staff-school-form";
	}

	private School school(String code) {
		return schools.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
