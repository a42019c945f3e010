package org.cityhall.notifications.demo;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.notifications.contact.Contacts;
import org.cityhall.notifications.web.SignedInRecipient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo city's phone: the text messages the demo SMS gateway received for the mobile numbers the
 * signed-in demo resident gave, so they can read the code that verifies one. Clearly a demo: no real
 * text message is ever sent.
 */
@Controller
@ConditionalOnProperty(name = "cityhall.demo", havingValue = "true")
class DemoPhoneController {

	private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

	private final DemoPhone phone;
	private final Contacts contacts;

	DemoPhoneController(DemoPhone phone, Contacts contacts) {
		this.phone = phone;
		this.contacts = contacts;
	}

	@GetMapping("/demo/phone")
	String phone(Principal principal, Locale locale, Model model) {
		NoticeRecipient me = SignedInRecipient.of(principal)
				.filter(recipient -> recipient.kind() == NoticeRecipient.Kind.PERSON)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", locale);
		List<Row> rows = phone.textsTo(contacts.mobileNumbersOf(me.id())).stream()
				.map(text -> {
					var at = text.receivedAt().truncatedTo(ChronoUnit.SECONDS).atZone(CITY_TIME);
					return new Row(text.to(), text.text(), time.format(at), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
				})
				.toList();
		model.addAttribute("rows", rows);
		return "notifications/demo-phone";
	}

	/** A text as the page shows it. */
	record Row(String to, String text, String time, String isoTime) {
	}
}
