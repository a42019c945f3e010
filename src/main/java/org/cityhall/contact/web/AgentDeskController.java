package org.cityhall.contact.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.contact.Contact;
import org.cityhall.contact.ContactLog;
import org.cityhall.contact.ContactQueue;
import org.cityhall.contact.HandOvers;
import org.cityhall.contact.ResidentLookups;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The agent's desk: choose the line (the general one or Äldre Direkt), look a resident up with the purpose,
 * see their matters from every module and their earlier contacts, log the contact, hand it to a department,
 * or start an e-service for them by phone; the e-mails waiting in the line, the hand-overs the agent made with
 * where each is now, and the line's figures.
 */
@Controller
class AgentDeskController {

	private final ResidentLookups lookups;
	private final HandOvers handOvers;
	private final ContactLog log;
	private final PopulationRegister population;
	private final ResidentMatters matters;
	private final Catalogue catalogue;
	private final Submissions submissions;
	private final Clock clock;
	private final MessageSource messages;

	AgentDeskController(ResidentLookups lookups, HandOvers handOvers, ContactLog log, PopulationRegister population, ResidentMatters matters, Catalogue catalogue,
			Submissions submissions, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.lookups = lookups;
		this.handOvers = handOvers;
		this.log = log;
		this.population = population;
		this.matters = matters;
		this.catalogue = catalogue;
		this.submissions = submissions;
		this.clock = clock;
	}

	@GetMapping("/staff/contact")
	String desk(Actor agent, @RequestParam(defaultValue = "general") String queue, Model model) {
		Desk.agent(agent);
		ContactQueue line = ContactQueue.of(queue).orElse(ContactQueue.GENERAL);
		return desk(agent, line, "", "", Map.of(), model);
	}

	@PostMapping("/staff/contact/lookup")
	String lookUp(Actor agent, @RequestParam(defaultValue = "general") String queue, @RequestParam(defaultValue = "") String person,
			@RequestParam(defaultValue = "") String purpose, Model model) {
		Desk.agent(agent);
		ContactQueue line = ContactQueue.of(queue).orElse(ContactQueue.GENERAL);
		Map<String, String> errors = new LinkedHashMap<>();
		PersonalIdentityNumber number = null;
		try {
			number = PersonalIdentityNumber.parse(person);
		}
		catch (InvalidIdentityNumberException ex) {
			errors.put("person", ex.problem().messageKey());
		}
		if (!ResidentLookups.PURPOSES.contains(purpose)) {
			errors.put("purpose", "contact.error.purpose");
		}
		if (errors.isEmpty() && population.find(number).isEmpty()) {
			errors.put("person", "contact.error.not-registered");
		}
		if (!errors.isEmpty()) {
			return desk(agent, line, person, purpose, errors, model);
		}
		return "redirect:/staff/contact/lookups/" + lookups.lookUp(agent, number, purpose, line).id();
	}

	@GetMapping("/staff/contact/lookups/{id}")
	String resident(Actor agent, @PathVariable UUID id, Locale locale, Model model) {
		Desk.agent(agent);
		return resident(agent, id, locale, model, Map.of(), Map.of());
	}

	@PostMapping("/staff/contact/lookups/{id}/log")
	String logContact(Actor agent, @PathVariable UUID id, @RequestParam(defaultValue = "") String channel,
			@RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "") String waitSeconds,
			@RequestParam(defaultValue = "") String department, @RequestParam(defaultValue = "") String note, Locale locale, Model model,
			RedirectAttributes redirect) {
		Party.Staff staff = Desk.agent(agent);
		ResidentLookups.Lookup lookup = lookups.read(agent, id, "contact:log").orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> typed = Map.of("channel", channel, "topic", topic, "outcome", outcome, "minutes", minutes, "waitSeconds", waitSeconds,
				"department", department, "note", note);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!Contact.CHANNELS.contains(channel)) {
			errors.put("channel", "contact.error.channel");
		}
		if (!Contact.TOPICS.contains(topic)) {
			errors.put("topic", "contact.error.topic");
		}
		if (!Contact.OUTCOMES.contains(outcome)) {
			errors.put("outcome", "contact.error.outcome");
		}
		Optional<Integer> taken = Desk.whole(minutes, 600);
		if (taken.isEmpty()) {
			errors.put("minutes", "contact.error.minutes");
		}
		Optional<Integer> waited = waitSeconds.isBlank() ? Optional.empty() : Desk.whole(waitSeconds, 86_400);
		if (!waitSeconds.isBlank() && waited.isEmpty()) {
			errors.put("waitSeconds", "contact.error.wait");
		}
		boolean knownDepartment = catalogue.departments().stream().anyMatch(d -> d.id().equals(department));
		if (outcome.equals("handed-over") && !knownDepartment) {
			errors.put("department", "contact.error.department");
		}
		if (note.length() > 4000) {
			errors.put("note", "contact.error.note");
		}
		else if (outcome.equals("handed-over") && note.isBlank()) {
			errors.put("note", "contact.error.handover-note");
		}
		if (!errors.isEmpty()) {
			return resident(agent, id, locale, model, typed, errors);
		}
		log.log(new ContactLog.Entry(lookup.queue(), channel, topic, outcome, Optional.of(lookup.resident().value()), staff.staffId(),
				knownDepartment && outcome.equals("handed-over") ? Optional.of(department) : Optional.empty(),
				Optional.of(note.strip()).filter(n -> !n.isEmpty()), taken.get(), waited));
		redirect.addFlashAttribute("logged", outcome);
		return "redirect:/staff/contact/lookups/" + id;
	}

	@GetMapping("/staff/contact/figures")
	String figures(Actor agent, @RequestParam(defaultValue = "general") String queue, @RequestParam(defaultValue = "30") int days, Model model) {
		Desk.agent(agent);
		ContactQueue line = ContactQueue.of(queue).orElse(ContactQueue.GENERAL);
		int period = Math.max(1, Math.min(days, 366));
		Instant to = clock.instant();
		model.addAttribute("queue", line);
		model.addAttribute("days", period);
		model.addAttribute("figures", log.figures(line, to.minus(Duration.ofDays(period)), to));
		return "contact/figures";
	}

	private String desk(Actor agent, ContactQueue line, String person, String purpose, Map<String, String> errors, Model model) {
		model.addAttribute("queue", line);
		model.addAttribute("queues", ContactQueue.values());
		model.addAttribute("person", person);
		model.addAttribute("purpose", purpose);
		model.addAttribute("purposesItems", Desk.items(ResidentLookups.PURPOSES, "purpose", "contact.purpose.", messages, LocaleContextHolder.getLocale()));
		model.addAttribute("errors", errors);
		model.addAttribute("emails", log.unanswered(line));
		model.addAttribute("handOvers", handOvers.madeBy(agent.who().id(), 10));
		model.addAttribute("departmentNames", HandOversController.departmentNames(catalogue));
		return "contact/desk";
	}

	private String resident(Actor agent, UUID id, Locale locale, Model model, Map<String, String> typed, Map<String, String> errors) {
		ResidentLookups.Lookup lookup = lookups.read(agent, id, "contact:matters").orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Person person = population.find(lookup.resident()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean shown = !person.protectedIdentity() || agent.hasRole(StaffRoles.PROTECTED_IDENTITY_READER);
		model.addAttribute("lookup", lookup);
		model.addAttribute("person", person);
		model.addAttribute("shown", shown);
		model.addAttribute("sections", shown ? matters.of(person, locale) : List.of());
		List<Contact> contacts = log.of(lookup.resident().value());
		model.addAttribute("contacts", contacts);
		model.addAttribute("handOvers", handOvers.ofContacts(contacts.stream().map(Contact::id).toList()));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("channelsItems", Desk.items(Contact.CHANNELS, "channel", "contact.channel.", messages, locale));
		model.addAttribute("topics", Contact.TOPICS);
		model.addAttribute("outcomesItems", Desk.items(Contact.OUTCOMES, "outcome", "contact.outcome.", messages, locale));
		model.addAttribute("departments", catalogue.departments());
		model.addAttribute("eservices", catalogue.all(locale).stream()
				.filter(e -> e.isLive() && e.form().isPresent() && submissions.accepts(e.kind())).toList());
		return "contact/resident";
	}

}
