package org.cityhall.identity.consents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentScope;
import org.cityhall.identity.Consents;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident gives a relative or friend a consent: whom, for what, until when. What is wrong is
 * said at the field and in a summary, in the resident's language, with what was typed kept.
 */
@Controller
class GrantingController {

	private static final String VIEW = "identity/consents/new";
	private static final DateTimeFormatter EXAMPLE_DATE = DateTimeFormatter.ofPattern("d M yyyy");

	private final Consents consents;
	private final ConsentWords words;
	private final Clock clock;

	GrantingController(Consents consents, ConsentWords words, ObjectProvider<Clock> clock) {
		this.consents = consents;
		this.words = words;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** One line of the error summary. */
	record ErrorLink(String href, String text) {
	}

	/** A scope to choose, with its hint. */
	record Choice(String value, String id, String label, String hint) {
	}

	@GetMapping("/consents/new")
	String form(@AuthenticationPrincipal SignedIn me, Model model, Locale locale) {
		Residents.self(me);
		return page(ConsentForm.empty(), List.of(), model, locale);
	}

	@PostMapping("/consents")
	String grant(@ModelAttribute("form") ConsentForm form, @AuthenticationPrincipal SignedIn me, Model model, Locale locale,
			RedirectAttributes redirect) {
		Actor actor = Residents.self(me);
		LocalDate today = LocalDate.now(clock.withZone(Consent.ZONE));
		ConsentForm.Checked checked = form.check(Residents.person(actor).number(), today);
		if (!checked.isValid()) {
			return page(form, checked.problems(), model, locale);
		}
		Consent consent = consents.grant(actor, checked.grantee(), checked.scope(), checked.lastDay());
		ConsentBanner.granted(redirect, consent);
		return "redirect:/consents";
	}

	private String page(ConsentForm form, List<ConsentForm.Problem> problems, Model model, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		Set<String> wrongInputs = new HashSet<>();
		List<ErrorLink> summary = problems.stream().map(problem -> {
			Object[] arguments = problem.arguments().clone();
			for (int i = 0; i < arguments.length; i++) {
				if (arguments[i] instanceof LocalDate day) {
					arguments[i] = words.day(day, locale);
				}
			}
			String text = words.text(problem.messageKey(), locale, arguments);
			errors.putIfAbsent(problem.field(), text);
			wrongInputs.addAll(problem.inputs());
			return new ErrorLink("#" + problem.anchor(), text);
		}).toList();
		ConsentScope[] scopes = ConsentScope.values();
		List<Choice> choices = new ArrayList<>();
		for (int i = 0; i < scopes.length; i++) {
			choices.add(new Choice(scopes[i].name(), i == 0 ? "scope" : "scope-" + (i + 1), words.scope(scopes[i], locale),
					words.text(scopes[i].descriptionKey(), locale)));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("wrongInputs", wrongInputs);
		model.addAttribute("errorSummary", summary);
		model.addAttribute("scopes", choices);
		LocalDate example = LocalDate.now(clock.withZone(Consent.ZONE)).plusMonths(6);
		model.addAttribute("dateHint", words.text("consents.new.last-day.hint", locale, EXAMPLE_DATE.format(example)));
		return VIEW;
	}
}
