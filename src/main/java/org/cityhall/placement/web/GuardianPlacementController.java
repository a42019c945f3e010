package org.cityhall.placement.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletResponse;

import org.cityhall.placement.Guardians;
import org.cityhall.placement.PlacementReasons;
import org.cityhall.placement.PlacementResults;
import org.cityhall.placement.Round;
import org.cityhall.placement.SchoolApplication;
import org.cityhall.placement.Schools;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's school choice application for either guardian: the choices, the confirmation the other
 * guardian gives, where the application stands, and after publication the placement with the reason for
 * every school ranked higher.
 */
@Controller
class GuardianPlacementController {

	private final Guardians guardians;
	private final PlacementResults results;
	private final PlacementReasons reasons;
	private final Schools schools;
	private final ApplicationLines lines;

	GuardianPlacementController(Guardians guardians, PlacementResults results, PlacementReasons reasons, Schools schools,
			ApplicationLines lines) {
		this.guardians = guardians;
		this.results = results;
		this.reasons = reasons;
		this.schools = schools;
		this.lines = lines;
	}

	/** Not one of the child's guardians on this application: as if there were none. */
	static final class NotFound extends RuntimeException {
	}

	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@GetMapping("/my-pages/school-choice/{caseNumber}")
	String application(Actor actor, @PathVariable String caseNumber, Locale locale, Model model) {
		PersonalIdentityNumber guardian = guardian(actor);
		SchoolApplication application = guardians.application(caseNumber, guardian).orElseThrow(NotFound::new);
		Round round = guardians.roundOf(application).orElseThrow();
		List<String> choiceNames = new ArrayList<>();
		for (String code : application.choices()) {
			choiceNames.add(schools.find(code).map(org.cityhall.placement.School::name).orElse(code));
		}
		model.addAttribute("app", application);
		model.addAttribute("round", round);
		model.addAttribute("choices", choiceNames);
		model.addAttribute("status", lines.status(application));
		model.addAttribute("awaitsMe", !application.isComplete()
				&& application.otherGuardian().filter(guardian.value()::equals).isPresent());
		Optional<PlacementResults.Result> result = round.isPublished() ? results.result(application.id()) : Optional.empty();
		model.addAttribute("result", result.orElse(null));
		model.addAttribute("placedAt", result.flatMap(PlacementResults.Result::school).flatMap(schools::find)
				.map(org.cityhall.placement.School::name).orElse(null));
		model.addAttribute("reasons", round.isPublished() ? reasons.whyNot(application) : List.of());
		return "placement/application";
	}

	@PostMapping("/my-pages/school-choice/{caseNumber}/confirm")
	String confirm(Actor actor, @PathVariable String caseNumber, RedirectAttributes redirect) {
		return act(actor, caseNumber, redirect, guardians::confirm, "placement.confirmed", "placement.confirm.not-awaiting");
	}

	@PostMapping("/my-pages/school-choice/{caseNumber}/give-back")
	String giveBack(Actor actor, @PathVariable String caseNumber, RedirectAttributes redirect) {
		return act(actor, caseNumber, redirect, results::giveBack, "placement.given-back", "placement.give-back.not-possible");
	}

	/** Does what a guardian asked on the application's page and says how it went there. */
	private String act(Actor actor, String caseNumber, RedirectAttributes redirect,
			BiConsumer<String, PersonalIdentityNumber> action, String done, String problem) {
		PersonalIdentityNumber guardian = guardian(actor);
		guardians.application(caseNumber, guardian).orElseThrow(NotFound::new);
		try {
			action.accept(caseNumber, guardian);
			redirect.addFlashAttribute("done", done);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/my-pages/school-choice/" + caseNumber;
	}

	private static PersonalIdentityNumber guardian(Actor actor) {
		if (actor.who() instanceof Party.Person person) {
			return person.number();
		}
		throw new NotFound();
	}
}
