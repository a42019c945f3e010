package org.cityhall.identity.consents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.identity.Consent;
import org.cityhall.identity.Consents;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.Actor;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident's consents: those they have given, which they may revoke, and those they have
 * received, which they may give up. Only the signed-in resident's own consents are shown.
 */
@Controller
class ConsentsController {

	private final Consents consents;
	private final ConsentWords words;
	private final Clock clock;

	ConsentsController(Consents consents, ConsentWords words, ObjectProvider<Clock> clock) {
		this.consents = consents;
		this.words = words;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	@GetMapping("/consents")
	String consents(@AuthenticationPrincipal SignedIn me, Model model, Locale locale) {
		PersonalIdentityNumber number = Residents.person(Residents.self(me)).number();
		Instant now = clock.instant();
		List<ConsentWords.Row> given = consents.givenBy(number).stream().map(c -> words.row(c, true, now, locale)).toList();
		List<ConsentWords.Row> received = consents.receivedBy(number).stream().map(c -> words.row(c, false, now, locale)).toList();
		model.addAttribute("given", given);
		model.addAttribute("received", received);
		model.addAttribute("banner", ConsentBanner.in(model, words, locale));
		return "identity/consents/list";
	}

	@PostMapping("/consents/{id}/revoke")
	String revoke(@PathVariable UUID id, @AuthenticationPrincipal SignedIn me, RedirectAttributes redirect) {
		Actor actor = Residents.self(me);
		PersonalIdentityNumber number = Residents.person(actor).number();
		Optional<Consent> given = consents.givenBy(number).stream().filter(c -> c.id().equals(id)).findFirst();
		Optional<Consent> received = given.isPresent()
				? Optional.empty()
				: consents.receivedBy(number).stream().filter(c -> c.id().equals(id)).findFirst();
		consents.revoke(actor, id);
		if (given.isPresent()) {
			ConsentBanner.revoked(redirect, given.get());
		}
		else {
			received.ifPresent(consent -> ConsentBanner.givenUp(redirect, consent));
		}
		return "redirect:/consents";
	}
}
