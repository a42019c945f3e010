package org.cityhall.notifications.contact;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.notifications.web.SignedInRecipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own e-mail address and mobile number: add one, prove it is theirs with the code sent
 * to it, remove it. A digital-ID login carries neither, so this is where CityHall learns them.
 * Visitors see the address they sign in with, which needs no code.
 */
@Controller
class ContactDetailsController {

	static final String BASE = "/my-pages/contact-details";
	private static final Logger log = LoggerFactory.getLogger(ContactDetailsController.class);

	private final Contacts contacts;
	private final VerificationCodes codes;
	private final CodeMessages messages;
	private final boolean demoPhone;

	ContactDetailsController(Contacts contacts, VerificationCodes codes, CodeMessages messages,
			@Value("${cityhall.demo:false}") boolean demo, @Value("${cityhall.notifications.sms.url:}") String smsGateway) {
		this.contacts = contacts;
		this.codes = codes;
		this.messages = messages;
		// The demo city's stand-in gateway delivers to a page, where the demo resident reads their code.
		this.demoPhone = demo && smsGateway.isBlank();
	}

	@GetMapping(BASE)
	String overview(Principal principal, Model model) {
		NoticeRecipient me = signedIn(principal);
		Map<Channel, Contacts.Contact> mine = contacts.of(me.id());
		model.addAttribute("resident", me.kind() == NoticeRecipient.Kind.PERSON);
		model.addAttribute("visitorEmail", me.kind() == NoticeRecipient.Kind.EMAIL ? me.id() : null);
		model.addAttribute("email", ContactRow.of(mine.get(Channel.EMAIL), Channel.EMAIL));
		model.addAttribute("mobile", ContactRow.of(mine.get(Channel.SMS), Channel.SMS));
		model.addAttribute("preferences", contacts.preferencesOf(me.id()));
		model.addAttribute("smsAvailable", messages.available(Channel.SMS));
		return "notifications/contact-details";
	}

	@GetMapping(BASE + "/{kind}")
	String addressForm(@PathVariable String kind, Principal principal, HttpServletResponse response, Model model) {
		Channel channel = channel(kind);
		NoticeRecipient me = resident(principal);
		if (!messages.available(channel)) {
			return unavailable(channel, response, model);
		}
		Optional<Contacts.Contact> current = Optional.ofNullable(contacts.of(me.id()).get(channel));
		String shown = current.flatMap(contact -> contact.pending().or(contact::address))
				.map(address -> channel == Channel.SMS ? MobileNumber.shown(address) : address)
				.orElse("");
		return addressPage(channel, shown, null, model);
	}

	@PostMapping(BASE + "/{kind}")
	String sendCode(@PathVariable String kind, @RequestParam(name = "address", required = false) String typed,
			Principal principal, Locale locale, HttpServletResponse response, Model model) {
		Channel channel = channel(kind);
		NoticeRecipient me = resident(principal);
		if (!messages.available(channel)) {
			return unavailable(channel, response, model);
		}
		String address;
		try {
			address = channel == Channel.EMAIL ? EmailAddress.parse(typed).value() : MobileNumber.parse(typed).value();
		}
		catch (InvalidContact invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return addressPage(channel, Typed.printable(typed), "notifications." + channel.path() + ".error." + invalid.problem(), model);
		}
		Optional<String> code = codes.issue(me.id(), channel, address);
		if (code.isEmpty()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return addressPage(channel, Typed.printable(typed), "notifications.code.error.too-many-codes", model);
		}
		try {
			messages.send(channel, address, code.get(), codes.validity(), locale);
		}
		catch (RuntimeException ex) {
			// The exception's message may name the address; the log gets only what failed.
			log.warn("A verification code could not be sent by {}: {}", channel, ex.getClass().getName());
			log.debug("The verification code could not be sent", ex);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return addressPage(channel, Typed.printable(typed), "notifications.code.error.not-sent", model);
		}
		return "redirect:" + BASE + "/" + channel.path() + "/code";
	}

	@GetMapping(BASE + "/{kind}/code")
	String codeForm(@PathVariable String kind, Principal principal, Model model) {
		Channel channel = channel(kind);
		NoticeRecipient me = resident(principal);
		Optional<String> pending = pending(me, channel);
		if (pending.isEmpty()) {
			return "redirect:" + BASE + "/" + channel.path();
		}
		return codePage(channel, pending.get(), "", null, model);
	}

	@PostMapping(BASE + "/{kind}/code")
	String checkCode(@PathVariable String kind, @RequestParam(name = "code", required = false) String typed,
			Principal principal, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Channel channel = channel(kind);
		NoticeRecipient me = resident(principal);
		Optional<String> pending = pending(me, channel);
		if (pending.isEmpty()) {
			return "redirect:" + BASE + "/" + channel.path();
		}
		Optional<String> code = VerificationCodes.wellFormed(typed);
		String problem;
		if (code.isEmpty()) {
			problem = typed == null || typed.isBlank() ? "notifications.code.error.empty" : "notifications.code.error.malformed";
		}
		else {
			VerificationCodes.Check check = codes.check(me.id(), channel, code.get());
			switch (check.outcome()) {
				case VERIFIED:
					redirect.addFlashAttribute("verified", channel.path());
					return "redirect:" + BASE;
				case WRONG:
					model.addAttribute("attemptsLeft", check.attemptsLeft());
					problem = "notifications.code.error.wrong";
					break;
				case BURNT:
					problem = "notifications.code.error.burnt";
					break;
				case EXPIRED:
					problem = "notifications.code.error.expired";
					break;
				default:
					return "redirect:" + BASE + "/" + channel.path();
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return codePage(channel, pending.get(), Typed.printable(typed), problem, model);
	}

	@GetMapping(BASE + "/{kind}/remove")
	String removeForm(@PathVariable String kind, Principal principal, Model model) {
		Channel channel = channel(kind);
		NoticeRecipient me = resident(principal);
		Contacts.Contact contact = contacts.of(me.id()).get(channel);
		if (contact == null || (contact.address().isEmpty() && contact.pending().isEmpty())) {
			return "redirect:" + BASE;
		}
		model.addAttribute("channel", channel.path());
		model.addAttribute("address", shown(channel, contact.address().or(contact::pending).orElseThrow()));
		return "notifications/remove";
	}

	@PostMapping(BASE + "/{kind}/remove")
	String remove(@PathVariable String kind, Principal principal, RedirectAttributes redirect) {
		Channel channel = channel(kind);
		contacts.remove(resident(principal).id(), channel);
		redirect.addFlashAttribute("removed", channel.path());
		return "redirect:" + BASE;
	}

	private Optional<String> pending(NoticeRecipient me, Channel channel) {
		return Optional.ofNullable(contacts.of(me.id()).get(channel)).flatMap(Contacts.Contact::pending);
	}

	private String addressPage(Channel channel, String address, String problem, Model model) {
		model.addAttribute("channel", channel.path());
		model.addAttribute("address", address);
		model.addAttribute("problem", problem);
		return "notifications/address";
	}

	private String codePage(Channel channel, String pending, String code, String problem, Model model) {
		model.addAttribute("channel", channel.path());
		model.addAttribute("sentTo", shown(channel, pending));
		model.addAttribute("code", code);
		model.addAttribute("problem", problem);
		model.addAttribute("minutes", Math.max(1, codes.validity().plusSeconds(59).toMinutes()));
		model.addAttribute("demoPhone", demoPhone);
		return "notifications/code";
	}

	private static String unavailable(Channel channel, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		model.addAttribute("channel", channel.path());
		return "notifications/unavailable";
	}

	private static String shown(Channel channel, String address) {
		return channel == Channel.SMS ? MobileNumber.shown(address) : address;
	}

	private static Channel channel(String kind) {
		return Channel.fromPath(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static NoticeRecipient signedIn(Principal principal) {
		return SignedInRecipient.of(principal).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	/** Only residents give addresses and numbers; a visitor's address is the one they sign in with. */
	private static NoticeRecipient resident(Principal principal) {
		NoticeRecipient me = signedIn(principal);
		if (me.kind() != NoticeRecipient.Kind.PERSON) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return me;
	}

	/**
	 * One channel's line on the overview.
	 *
	 * @param address the verified address, as shown
	 * @param pending an address waiting for its code, as shown
	 */
	record ContactRow(String address, String pending) {

		static ContactRow of(Contacts.Contact contact, Channel channel) {
			if (contact == null) {
				return new ContactRow(null, null);
			}
			return new ContactRow(contact.address().map(a -> shown(channel, a)).orElse(null),
					contact.pending().map(a -> shown(channel, a)).orElse(null));
		}

		public boolean empty() {
			return address == null && pending == null;
		}
	}
}
