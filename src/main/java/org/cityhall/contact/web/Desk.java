package org.cityhall.contact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the desk's pages share: only agents use them, and times are typed as whole numbers. */
final class Desk {

	private Desk() {
	}

	/** The agent signed in; 403 for anyone else. */
	static Party.Staff agent(Actor agent) {
		if (!(agent.who() instanceof Party.Staff staff) || !agent.hasRole(StaffRoles.CONTACT_CENTRE_AGENT)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return staff;
	}

	/** Radios' items: the first one's id is the field's, so the error summary's link lands on it. */
	static List<Map<String, String>> items(List<String> values, String field, String messagePrefix, MessageSource messages, Locale locale) {
		List<Map<String, String>> items = new ArrayList<>();
		for (String value : values) {
			items.add(Map.of("id", items.isEmpty() ? field : field + "-" + value, "value", value, "label",
					messages.getMessage(messagePrefix + value, null, locale)));
		}
		return items;
	}

	/** A whole number from 0 to max as typed; empty for anything else. */
	static Optional<Integer> whole(String typed, int max) {
		try {
			int value = Integer.parseInt(typed.strip());
			return value >= 0 && value <= max ? Optional.of(value) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}
}
