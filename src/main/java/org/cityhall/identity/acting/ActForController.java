package org.cityhall.identity.acting;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Actor.Representation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After signing in, a person chooses whom they act for: themselves, a child, a consenting person or a company. */
@Controller
class ActForController {

	private final Representations representations;
	private final CurrentActor currentActor;

	ActForController(Representations representations, CurrentActor currentActor) {
		this.representations = representations;
		this.currentActor = currentActor;
	}

	@GetMapping("/act-for")
	String choose(@AuthenticationPrincipal SignedIn me, HttpServletRequest request, Model model) {
		Actor actor = currentActor.of(request);
		model.addAttribute("options", representations.optionsFor(me));
		model.addAttribute("current", actor.forWhom().id() + "|" + actor.representation());
		model.addAttribute("notInRegister", !me.inPopulationRegister());
		return "identity/act-for";
	}

	/**
	 * Choose whom to act for. Anyone the person may not act for – another family's child, a
	 * consent that has ended – is refused with 403, whatever the form sent.
	 */
	@PostMapping("/act-for")
	String chosen(@AuthenticationPrincipal SignedIn me, @RequestParam(name = "subject", required = false) String choice,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (choice == null || !choice.contains("|")) {
			redirect.addFlashAttribute("missing", true);
			return "redirect:/act-for";
		}
		String subjectId = choice.substring(0, choice.indexOf('|'));
		Representation representation;
		try {
			representation = Representation.valueOf(choice.substring(choice.indexOf('|') + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new AccessDeniedException("unknown representation");
		}
		Actor actor = representations.resolve(me, representation, subjectId)
				.orElseThrow(() -> new AccessDeniedException("may not act for this person or company"));
		if (actor.representation() == Representation.SELF) {
			request.getSession().removeAttribute(ActingFor.SESSION_ATTRIBUTE);
		}
		else {
			request.getSession().setAttribute(ActingFor.SESSION_ATTRIBUTE, new ActingFor(representation, subjectId));
		}
		redirect.addFlashAttribute("chosen", actor.forWhom().displayName());
		return "redirect:/act-for";
	}
}
