package org.cityhall.audit.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cityhall.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A signed-in resident sees who at the city, or who acting for them, has read their personal
 * data, when and why. Only the resident's own reads are shown: the subject is the signed-in
 * person's personal identity number and nothing in the request can change it.
 */
@Controller
class WhoReadMyDataController {

	static final int SHOWN = 100;

	private final AuditLog log;
	private final ReadWords words;

	WhoReadMyDataController(AuditLog log, ReadWords words) {
		this.log = log;
		this.words = words;
	}

	@GetMapping("/my-pages/who-read-my-data")
	String whoReadMyData(Principal person, Model model, Locale locale) {
		if (person == null || person.getName() == null || !person.getName().matches("\\d{12}")) {
			// Only a resident signed in with a personal identity number has reads of their own to see.
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		List<ReadWords.Row> rows = log.readsOf(person.getName(), Set.of(), SHOWN).stream()
				.map(read -> words.row(read, locale))
				.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("shown", SHOWN);
		return "audit/who-read-my-data";
	}
}
