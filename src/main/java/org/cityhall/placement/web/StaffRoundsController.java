package org.cityhall.placement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cityhall.placement.Grade;
import org.cityhall.placement.PlacementRounds;
import org.cityhall.placement.Round;
import org.cityhall.placement.School;
import org.cityhall.placement.Schools;
import org.cityhall.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers who run school choice set up a round, change it while it is open, and set its places per school and
 * grade: freely while it is open, not while its results wait to be published, and after publication never below
 * the children who hold a place. Each field is checked and told at the field, what was typed kept; a round that
 * may no longer change says why. Anyone else gets 403.
 */
@Controller
class StaffRoundsController {

	private final PlacementRounds rounds;
	private final Schools schools;
	private final MessageSource messages;

	StaffRoundsController(PlacementRounds rounds, Schools schools, MessageSource messages) {
		this.rounds = rounds;
		this.schools = schools;
		this.messages = messages;
	}

	@GetMapping("/staff/placement/rounds/new")
	String newRound(Actor actor, Locale locale, Model model) {
		administrator(actor);
		return form(RoundForm.blank(), null, Map.of(), locale, model);
	}

	@PostMapping("/staff/placement/rounds")
	String setUp(Actor actor, @ModelAttribute RoundForm form, Locale locale, Model model, RedirectAttributes redirect) {
		administrator(actor);
		Map<String, Problem> problems = form.problems();
		if (!problems.isEmpty()) {
			return form(form, null, problems, locale, model);
		}
		Round round = rounds.setUp(form.terms(), actor.who().id());
		redirect.addFlashAttribute("done", "placement.round.set-up");
		return "redirect:/staff/placement/rounds/" + round.id() + "/places";
	}

	@GetMapping("/staff/placement/rounds/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Locale locale, Model model) {
		administrator(actor);
		Round round = round(id);
		Map<String, Problem> problems = round.isOpen() ? Map.of() : Map.of("round-locked", locked(round));
		return form(RoundForm.of(round), round, problems, locale, model);
	}

	@PostMapping("/staff/placement/rounds/{id}")
	String change(Actor actor, @PathVariable UUID id, @ModelAttribute RoundForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		administrator(actor);
		Round round = round(id);
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (!round.isOpen()) {
			problems.put("round-locked", locked(round));
		}
		else {
			problems.putAll(form.problems());
			Map<Grade, Integer> applied = rounds.applications(id);
			for (Grade grade : round.grades()) {
				if (!form.chosenGrades().contains(grade) && applied.getOrDefault(grade, 0) > 0) {
					problems.putIfAbsent("grades", new Problem("placement.round.error.grade-applied",
							messages.getMessage("placement.grade." + grade.code(), null, locale), applied.get(grade)));
				}
			}
		}
		if (problems.isEmpty()) {
			try {
				rounds.change(id, form.terms(), actor.who().id());
				redirect.addFlashAttribute("done", "placement.round.changed");
				return "redirect:/staff/placement/rounds/" + id;
			}
			catch (IllegalStateException ex) {
				// Allocated by someone else while this was typed.
				problems.put("round-locked", locked(round(id)));
			}
		}
		return form(form, round, problems, locale, model);
	}

	@GetMapping("/staff/placement/rounds/{id}/places")
	String places(Actor actor, @PathVariable UUID id, Locale locale, Model model) {
		administrator(actor);
		Round round = round(id);
		Map<String, String> typed = new HashMap<>();
		rounds.places(id).forEach((programme, count) -> typed.put(field(programme), String.valueOf(count)));
		Map<String, Problem> problems = round.status() == Round.Status.ALLOCATED ? Map.of("places-locked", allocated(round)) : Map.of();
		return placesPage(round, typed, problems, locale, model);
	}

	@PostMapping("/staff/placement/rounds/{id}/places")
	String changePlaces(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form, Locale locale, Model model,
			RedirectAttributes redirect) {
		administrator(actor);
		Round round = round(id);
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (round.status() == Round.Status.ALLOCATED) {
			problems.put("places-locked", allocated(round));
		}
		Map<String, Integer> holding = round.isPublished() ? rounds.holding(id) : Map.of();
		Map<String, Map<Grade, Integer>> places = new LinkedHashMap<>();
		Map<String, String> typed = new HashMap<>();
		for (School school : schools.all()) {
			for (Grade grade : Grade.values()) {
				if (!round.grades().contains(grade) || !school.grades().contains(grade)) {
					continue;
				}
				String programme = school.code() + "/" + grade.code();
				String field = field(programme);
				String value = form.getOrDefault(field, "").strip();
				typed.put(field, value);
				if (!value.isEmpty() && !value.matches("\\d{1,4}")) {
					problems.put(field, new Problem("placement.places.error.number", school.name(),
							messages.getMessage("placement.grade." + grade.code(), null, locale)));
					continue;
				}
				int count = value.isEmpty() ? 0 : Integer.parseInt(value);
				if (count < holding.getOrDefault(programme, 0)) {
					problems.put(field, new Problem("placement.places.error.below-holding", school.name(),
							messages.getMessage("placement.grade." + grade.code(), null, locale), holding.get(programme)));
					continue;
				}
				places.computeIfAbsent(school.code(), code -> new LinkedHashMap<>()).put(grade, count);
			}
		}
		if (problems.isEmpty()) {
			try {
				rounds.changePlaces(id, places, actor.who().id());
				redirect.addFlashAttribute("done", "placement.places.saved");
				return "redirect:/staff/placement/rounds/" + id;
			}
			catch (PlacementRounds.PlacesRefused ex) {
				// A place given away, or the round allocated, while this was typed: say so at the field.
				ex.holding().forEach((programme, count) -> {
					String code = programme.substring(0, programme.lastIndexOf('/'));
					String grade = programme.substring(programme.lastIndexOf('/') + 1);
					problems.put(field(programme), new Problem("placement.places.error.below-holding",
							schools.find(code).map(School::name).orElse(code),
							messages.getMessage("placement.grade." + grade, null, locale), count));
				});
			}
			catch (IllegalStateException ex) {
				problems.put("places-locked", allocated(round(id)));
			}
		}
		return placesPage(round, typed, problems, locale, model);
	}

	private String form(RoundForm form, Round round, Map<String, Problem> problems, Locale locale, Model model) {
		Problem.show(problems, messages, locale, model);
		model.addAttribute("form", form);
		model.addAttribute("round", round);
		model.addAttribute("locked", round != null && !round.isOpen());
		model.addAttribute("grades", List.of(Grade.values()));
		return "placement/staff-round-form";
	}

	private String placesPage(Round round, Map<String, String> typed, Map<String, Problem> problems, Locale locale,
			Model model) {
		Problem.show(problems, messages, locale, model);
		List<Grade> grades = new ArrayList<>();
		for (Grade grade : Grade.values()) {
			if (round.grades().contains(grade)) {
				grades.add(grade);
			}
		}
		model.addAttribute("round", round);
		model.addAttribute("grades", grades);
		model.addAttribute("schools", schools.all());
		model.addAttribute("typed", typed);
		model.addAttribute("holding", round.isPublished() ? rounds.holding(round.id()) : Map.of());
		model.addAttribute("locked", round.status() == Round.Status.ALLOCATED);
		return "placement/staff-places";
	}

	/** A programme's field in the places grid: {@code places-<school code>-<grade>}. */
	static String field(String programme) {
		return "places-" + programme.replace('/', '-');
	}

	private static Problem locked(Round round) {
		return new Problem("placement.round.error.locked", allocatedOn(round));
	}

	private static Problem allocated(Round round) {
		return new Problem("placement.places.error.allocated", allocatedOn(round));
	}

	private static LocalDate allocatedOn(Round round) {
		return LocalDate.ofInstant(round.allocatedAt().orElse(round.closesAt()), RoundForm.STOCKHOLM);
	}

	private Round round(UUID id) {
		return rounds.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static void administrator(Actor actor) {
		if (!StaffPlacementController.administers(actor)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
