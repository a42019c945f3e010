package org.cityhall.identity.consents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentScope;
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

	static final String BANNER = "consentBanner";
	static final String BANNER_WHO = "consentBannerWho";
	static final String BANNER_SCOPE = "consentBannerScope";
	static final String BANNER_LAST_DAY = "consentBannerLastDay";

	private final Consents consents;
	private final ConsentWords words;
	private final Clock clock;

	ConsentsController(Consents consents, ConsentWords words, ObjectProvider<Clock> clock) {
		this.consents = consents;
		this.words = words;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** A message after a change, shown once above the tables. */
	record Banner(String title, String heading) {
	}

	@GetMapping("/consents")
	String consents(@AuthenticationPrincipal SignedIn me, Model model, Locale locale) {
		PersonalIdentityNumber number = Residents.person(Residents.self(me)).number();
		Instant now = clock.instant();
		List<ConsentWords.Row> given = consents.givenBy(number).stream().map(c -> words.row(c, true, now, locale)).toList();
		List<ConsentWords.Row> received = consents.receivedBy(number).stream().map(c -> words.row(c, false, now, locale)).toList();
		model.addAttribute("given", given);
		model.addAttribute("received", received);
		model.addAttribute("banner", banner(model, locale));
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
			redirect.addFlashAttribute(BANNER, "revoked");
			redirect.addFlashAttribute(BANNER_WHO, ConsentWords.who(given.get().granteeName(), given.get().grantee()));
			redirect.addFlashAttribute(BANNER_SCOPE, given.get().scope().name());
		}
		else {
			received.ifPresent(consent -> {
				redirect.addFlashAttribute(BANNER, "given-up");
				redirect.addFlashAttribute(BANNER_WHO, ConsentWords.who(consent.grantorName(), consent.grantor()));
				redirect.addFlashAttribute(BANNER_SCOPE, consent.scope().name());
			});
		}
		return "redirect:/consents";
	}

	private Banner banner(Model model, Locale locale) {
		Object kind = model.getAttribute(BANNER);
		if (!(kind instanceof String) || !List.of("granted", "revoked", "given-up").contains(kind)) {
			return null;
		}
		String who = String.valueOf(model.getAttribute(BANNER_WHO));
		ConsentScope scope = ConsentScope.valueOf(String.valueOf(model.getAttribute(BANNER_SCOPE)));
		String title = words.text("consents.banner.title", locale);
		if ("granted".equals(kind)) {
			LocalDate lastDay = LocalDate.parse(String.valueOf(model.getAttribute(BANNER_LAST_DAY)));
			return new Banner(title, words.text("consents.banner.granted", locale, who, words.scopeForYou(scope, locale),
					words.day(lastDay, locale)));
		}
		return new Banner(title, words.text("consents.banner." + kind, locale, who, words.scopeForYou(scope, locale)));
	}
}
