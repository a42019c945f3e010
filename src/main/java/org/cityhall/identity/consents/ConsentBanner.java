package org.cityhall.identity.consents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentScope;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message shown once above the consents tables after a change: a consent given, revoked or
 * given up. The page that made the change tells it to the consents page in the flash attributes of
 * the redirect there, where it is put into the resident's words.
 *
 * @param title the banner's title
 * @param heading what was done, for whom and for what
 */
record ConsentBanner(String title, String heading) {

	private static final String KIND = "consentBanner";
	private static final String WHO = "consentBannerWho";
	private static final String SCOPE = "consentBannerScope";
	private static final String LAST_DAY = "consentBannerLastDay";

	/** The grantor gave the consent. */
	static void granted(RedirectAttributes redirect, Consent consent) {
		flash(redirect, "granted", ConsentWords.who(consent.granteeName(), consent.grantee()), consent.scope());
		redirect.addFlashAttribute(LAST_DAY, consent.lastDay().toString());
	}

	/** The grantor revoked the consent. */
	static void revoked(RedirectAttributes redirect, Consent consent) {
		flash(redirect, "revoked", ConsentWords.who(consent.granteeName(), consent.grantee()), consent.scope());
	}

	/** The grantee gave the consent up. */
	static void givenUp(RedirectAttributes redirect, Consent consent) {
		flash(redirect, "given-up", ConsentWords.who(consent.grantorName(), consent.grantor()), consent.scope());
	}

	/** The banner the flash attributes in the model tell of, in words; {@code null} when they tell of none. */
	static ConsentBanner in(Model model, ConsentWords words, Locale locale) {
		Object kind = model.getAttribute(KIND);
		if (!(kind instanceof String) || !List.of("granted", "revoked", "given-up").contains(kind)) {
			return null;
		}
		String who = String.valueOf(model.getAttribute(WHO));
		ConsentScope scope = ConsentScope.valueOf(String.valueOf(model.getAttribute(SCOPE)));
		String title = words.text("consents.banner.title", locale);
		if ("granted".equals(kind)) {
			LocalDate lastDay = LocalDate.parse(String.valueOf(model.getAttribute(LAST_DAY)));
			return new ConsentBanner(title, words.text("consents.banner.granted", locale, who, words.scopeForYou(scope, locale),
					words.day(lastDay, locale)));
		}
		return new ConsentBanner(title, words.text("consents.banner." + kind, locale, who, words.scopeForYou(scope, locale)));
	}

	private static void flash(RedirectAttributes redirect, String kind, String who, ConsentScope scope) {
		redirect.addFlashAttribute(KIND, kind);
		redirect.addFlashAttribute(WHO, who);
		redirect.addFlashAttribute(SCOPE, scope.name());
	}
}
