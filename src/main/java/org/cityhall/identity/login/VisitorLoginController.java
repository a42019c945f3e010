package org.cityhall.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mail.MailException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Visitors without a Swedish personal identity number sign in by proving they hold an e-mail
 * address: they give it, get a one-time code there and type it in. Every address gets a code, so
 * the pages answer alike whoever the address belongs to. The address waits in the session between
 * the two steps, never in an address bar.
 */
@Controller
class VisitorLoginController {

	static final String PENDING_EMAIL = VisitorLoginController.class.getName() + ".email";
	static final String PENDING_CODE = VisitorLoginController.class.getName() + ".code";
	private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");
	private static final Logger log = LoggerFactory.getLogger(VisitorLoginController.class);

	private final VisitorCodes codes;
	private final VisitorCodeMail mail;
	private final VisitorRateLimits limits;
	private final SignInSessions sessions;
	private final Clock clock;
	private final RequestCache savedRequests = new HttpSessionRequestCache();

	VisitorLoginController(VisitorCodes codes, VisitorCodeMail mail, VisitorRateLimits limits, SignInSessions sessions,
			ObjectProvider<Clock> clock) {
		this.codes = codes;
		this.mail = mail;
		this.limits = limits;
		this.sessions = sessions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/login/visitor")
	String emailForm(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!mail.available()) {
			return unavailable(response);
		}
		model.addAttribute("email", pending(request).map(p -> p.email().value()).orElse(""));
		return "identity/visitor/email";
	}

	@PostMapping("/login/visitor")
	String sendCode(@RequestParam(name = "email", required = false) String typed, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!mail.available()) {
			return unavailable(response);
		}
		VisitorEmailAddress email;
		try {
			email = VisitorEmailAddress.parse(typed);
		}
		catch (VisitorEmailAddress.Invalid invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("email", printable(typed));
			model.addAttribute("problem", invalid.problem().messageKey());
			model.addAttribute("maxLength", VisitorEmailAddress.MAX_LENGTH);
			return "identity/visitor/email";
		}
		Optional<Duration> wait = limits.sendingCode(request.getRemoteAddr(), email);
		if (wait.isPresent()) {
			return tooMany("send", wait.get(), response, model);
		}
		VisitorCodes.Issued issued = codes.issue(email);
		try {
			mail.send(email, issued.code(), codes.validity(), RequestContextUtils.getLocale(request));
		}
		catch (MailException ex) {
			// The exception's message may name the address; the log gets only what failed.
			log.warn("A visitor's code could not be sent: {}", ex.getMostSpecificCause().getClass().getName());
			log.debug("The visitor's code could not be sent", ex);
			return unavailable(response);
		}
		HttpSession session = request.getSession(true);
		session.setAttribute(PENDING_EMAIL, email.value());
		session.setAttribute(PENDING_CODE, issued.id().toString());
		return "redirect:/login/visitor/code";
	}

	@GetMapping("/login/visitor/code")
	String codeForm(HttpServletRequest request, Model model) {
		Optional<Pending> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/login/visitor";
		}
		return codePage(pending.get(), model);
	}

	@PostMapping("/login/visitor/code")
	String checkCode(@RequestParam(name = "code", required = false) String typed, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<Duration> wait = limits.checkingCode(request.getRemoteAddr());
		if (wait.isPresent()) {
			return tooMany("check", wait.get(), response, model);
		}
		Optional<Pending> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/login/visitor";
		}
		Optional<String> code = VisitorCodes.wellFormed(typed);
		if (code.isEmpty()) {
			boolean empty = typed == null || typed.isBlank();
			model.addAttribute("code", printable(typed));
			return refused(empty ? "visitor.code.error.empty" : "visitor.code.error.malformed", pending.get(), response, model);
		}
		VisitorCodes.Check check = codes.check(pending.get().codeId(), pending.get().email(), code.get());
		switch (check.outcome()) {
			case SIGNED_IN:
				return signIn(pending.get().email(), request, response);
			case WRONG:
				model.addAttribute("attemptsLeft", check.attemptsLeft());
				return refused("visitor.code.error.wrong", pending.get(), response, model);
			case BURNT:
				return refused("visitor.code.error.burnt", pending.get(), response, model);
			case EXPIRED:
				return refused("visitor.code.error.expired", pending.get(), response, model);
			default:
				return refused("visitor.code.error.used", pending.get(), response, model);
		}
	}

	private String signIn(VisitorEmailAddress email, HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = savedRequests.getRequest(request, response);
		savedRequests.removeRequest(request, response);
		HttpSession session = request.getSession();
		session.removeAttribute(PENDING_EMAIL);
		session.removeAttribute(PENDING_CODE);
		sessions.signIn(new VisitorSignedIn(email.value()), request, response);
		return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/");
	}

	private String codePage(Pending pending, Model model) {
		model.addAttribute("email", pending.email().value());
		model.addAttribute("minutes", Math.max(1, codes.validity().plusSeconds(59).toMinutes()));
		return "identity/visitor/code";
	}

	private String refused(String problem, Pending pending, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", problem);
		return codePage(pending, model);
	}

	private String tooMany(String kind, Duration wait, HttpServletResponse response, Model model) {
		long seconds = Math.max(1, wait.plusMillis(999).toSeconds());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		model.addAttribute("kind", kind);
		model.addAttribute("minutes", Math.max(1, (seconds + 59) / 60));
		model.addAttribute("until", clock.instant().plusSeconds(seconds).atZone(CITY_TIME).toLocalTime());
		return "identity/visitor/too-many";
	}

	private static String unavailable(HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		return "identity/visitor/unavailable";
	}

	private static Optional<Pending> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING_EMAIL) instanceof String email)
				|| !(session.getAttribute(PENDING_CODE) instanceof String id)) {
			return Optional.empty();
		}
		return Optional.of(new Pending(new VisitorEmailAddress(email), UUID.fromString(id)));
	}

	/** What was typed, to show again, without control characters that have no place in a page. */
	private static String printable(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder shown = new StringBuilder(typed.length());
		typed.codePoints().filter(c -> !Character.isISOControl(c)).forEach(shown::appendCodePoint);
		return shown.toString();
	}

	/** A visitor between asking for a code and typing it in. */
	private record Pending(VisitorEmailAddress email, UUID codeId) {
	}
}
