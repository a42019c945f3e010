package org.cityhall.notifications.inbox;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.notifications.web.SignedInRecipient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in person's inbox on My pages: every notice sent to them, newest first, read or not;
 * opening one shows all of it and marks it read.
 */
@Controller
class InboxController {

	static final int SHOWN = 100;

	private final Inbox inbox;
	private final InboxRows rows;

	InboxController(Inbox inbox, InboxRows rows) {
		this.inbox = inbox;
		this.rows = rows;
	}

	@GetMapping("/my-pages/inbox")
	String inbox(Principal principal, Locale locale, Model model) {
		NoticeRecipient me = signedIn(principal);
		model.addAttribute("rows", inbox.latest(me.id(), SHOWN).stream().map(entry -> rows.row(entry, locale)).toList());
		model.addAttribute("shown", SHOWN);
		return "notifications/inbox";
	}

	@GetMapping("/my-pages/inbox/{id}")
	String notice(@PathVariable String id, Principal principal, Locale locale, Model model) {
		NoticeRecipient me = signedIn(principal);
		Inbox.Entry entry = parse(id).flatMap(uuid -> inbox.open(me.id(), uuid))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		InboxRows.Row row = rows.row(entry, locale);
		model.addAttribute("notice", row);
		model.addAttribute("paragraphs", paragraphs(rows.body(entry, locale)));
		return "notifications/notice";
	}

	/** The body's paragraphs: its text between blank lines. */
	static List<String> paragraphs(String body) {
		return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static NoticeRecipient signedIn(Principal principal) {
		return SignedInRecipient.of(principal).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}
}
