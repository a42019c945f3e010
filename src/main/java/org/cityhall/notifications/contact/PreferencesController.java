package org.cityhall.notifications.contact;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a person wants to be told things: by e-mail or not, by text message or not, in Swedish or
 * English. Visitors choose e-mail and language; text messages are for residents' Swedish numbers.
 */
@Controller
class PreferencesController {

	private static final String PATH = ContactDetailsController.BASE + "/preferences";

	private final Contacts contacts;
	private final MessageSource messages;

	PreferencesController(Contacts contacts, MessageSource messages) {
		this.contacts = contacts;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String form(Principal principal, Model model) {
		NoticeRecipient me = ContactDetailsController.signedIn(principal);
		Preferences current = contacts.preferencesOf(me.id());
		return page(me, yesNo(current.email()), yesNo(current.sms()), current.language().getLanguage(), Map.of(), null, model);
	}

	@PostMapping(PATH)
	String save(@RequestParam(name = "email", required = false) String email, @RequestParam(name = "sms", required = false) String sms,
			@RequestParam(name = "language", required = false) String language, Principal principal, Locale locale,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		NoticeRecipient me = ContactDetailsController.signedIn(principal);
		boolean resident = me.kind() == NoticeRecipient.Kind.PERSON;
		Preferences current = contacts.preferencesOf(me.id());
		Map<String, String> problems = new LinkedHashMap<>();
		if (!isYesNo(email)) {
			problems.put("email", "notifications.preferences.error.email");
		}
		if (resident && !isYesNo(sms)) {
			problems.put("sms", "notifications.preferences.error.sms");
		}
		Locale chosen = Languages.fromParameter(language);
		if (chosen == null || !chosen.getLanguage().equals(language)) {
			problems.put("language", "notifications.preferences.error.language");
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			List<Map<String, String>> summary = problems.entrySet().stream()
					.map(problem -> Map.<String, String>of("href", "#" + problem.getKey() + "-0", "text", messages.getMessage(problem.getValue(), null, locale)))
					.toList();
			return page(me, isYesNo(email) ? email : null, isYesNo(sms) ? sms : null, chosen == null ? null : chosen.getLanguage(),
					problems, summary, model);
		}
		contacts.save(me.id(), new Preferences("yes".equals(email), resident ? "yes".equals(sms) : current.sms(), chosen));
		redirect.addFlashAttribute("preferencesSaved", true);
		return "redirect:" + ContactDetailsController.BASE;
	}

	private static String page(NoticeRecipient me, String email, String sms, String language, Map<String, String> problems,
			List<Map<String, String>> summary, Model model) {
		model.addAttribute("resident", me.kind() == NoticeRecipient.Kind.PERSON);
		model.addAttribute("email", email);
		model.addAttribute("sms", sms);
		model.addAttribute("language", language);
		model.addAttribute("problems", problems);
		model.addAttribute("summary", summary);
		return "notifications/preferences";
	}

	private static boolean isYesNo(String value) {
		return "yes".equals(value) || "no".equals(value);
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}
}
