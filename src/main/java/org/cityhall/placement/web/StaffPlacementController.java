package org.cityhall.placement.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.cityhall.placement.AllocatingPlaces;
import org.cityhall.placement.PlacementResults;
import org.cityhall.placement.PlacementRounds;
import org.cityhall.placement.Round;
import org.cityhall.placement.School;
import org.cityhall.placement.Schools;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' side of school choice, for officers of the education department: the rounds,
 * allocating and publishing, the statistics by district and the free places; and a school's list of
 * admitted children, which its head teacher sees too ({@code head-teacher} in {@code unit:<school code>}).
 */
@Controller
class StaffPlacementController {

	static final String DEPARTMENT = "education";
	/** The head teacher (rektor) of a school: the role's scope is {@code unit:<school code>}. */
	static final String HEAD_TEACHER = "head-teacher";

	private final PlacementRounds rounds;
	private final AllocatingPlaces allocating;
	private final PlacementResults results;
	private final Schools schools;

	StaffPlacementController(PlacementRounds rounds, AllocatingPlaces allocating, PlacementResults results, Schools schools) {
		this.rounds = rounds;
		this.allocating = allocating;
		this.results = results;
		this.schools = schools;
	}

	static final class Denied extends RuntimeException {
	}

	@ExceptionHandler(Denied.class)
	void denied(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	@GetMapping("/staff/placement")
	String rounds(Actor actor, Model model) {
		administrator(actor);
		model.addAttribute("rounds", rounds.latest());
		return "placement/staff-rounds";
	}

	@GetMapping("/staff/placement/rounds/{id}")
	String round(Actor actor, @PathVariable UUID id, Model model) {
		administrator(actor);
		Round round = rounds.find(id).orElseThrow(Denied::new);
		model.addAttribute("round", round);
		model.addAttribute("figures", round.status() == Round.Status.OPEN ? List.of() : results.statistics(id));
		model.addAttribute("places", results.freePlaces(id));
		return "placement/staff-round";
	}

	@PostMapping("/staff/placement/rounds/{id}/allocate")
	String allocate(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		administrator(actor);
		try {
			AllocatingPlaces.Report report = allocating.allocate(id, actor.who().id());
			redirect.addFlashAttribute("done", "placement.staff.allocated");
			redirect.addFlashAttribute("report", report);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "placement.staff.not-open");
		}
		return "redirect:/staff/placement/rounds/" + id;
	}

	@PostMapping("/staff/placement/rounds/{id}/publish")
	String publish(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		administrator(actor);
		try {
			results.publish(id);
			redirect.addFlashAttribute("done", "placement.staff.published");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "placement.staff.not-allocated");
		}
		return "redirect:/staff/placement/rounds/" + id;
	}

	@GetMapping("/staff/placement/rounds/{id}/schools/{code}")
	String admitted(Actor actor, @PathVariable UUID id, @PathVariable String code, Locale locale, Model model) {
		boolean headTeacher = actor.roles().stream()
				.anyMatch(role -> role.role().equals(HEAD_TEACHER) && role.scope().equals("unit:" + code));
		if (!headTeacher && !administers(actor)) {
			throw new Denied();
		}
		Round round = rounds.find(id).orElseThrow(Denied::new);
		School school = schools.find(code).orElseThrow(Denied::new);
		model.addAttribute("round", round);
		model.addAttribute("school", school);
		model.addAttribute("admitted", round.status() == Round.Status.OPEN ? List.of() : results.admitted(id, code));
		return "placement/staff-admitted";
	}

	private static void administrator(Actor actor) {
		if (!administers(actor)) {
			throw new Denied();
		}
	}

	/** Whether the staff member runs school choice: an officer of the education department. */
	static boolean administers(Actor actor) {
		return actor.hasRoleIn(StaffRoles.OFFICER, DEPARTMENT);
	}
}
