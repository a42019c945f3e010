package org.cityhall.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.audit.AuditLog;
import org.cityhall.cases.CaseHandling;
import org.cityhall.cases.Draft;
import org.cityhall.cases.Drafts;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Locale;

/**
 * Staff register an application that came on paper, by phone or by e-mail into the same e-service
 * residents use on the web: the same form, drafts, validation and receipt, with the channel recorded
 * for the adoption figures. Officers register for their departments' e-services; contact-centre
 * agents for every department's.
 */
@Controller
class StaffRegistrationController {

	private final Catalogue catalogue;
	private final Drafts drafts;
	private final Submissions submissions;
	private final PopulationRegister population;
	private final Prefills prefills;
	private final AuditLog audit;

	StaffRegistrationController(Catalogue catalogue, Drafts drafts, Submissions submissions, PopulationRegister population,
			Prefills prefills, AuditLog audit) {
		this.catalogue = catalogue;
		this.drafts = drafts;
		this.submissions = submissions;
		this.population = population;
		this.prefills = prefills;
		this.audit = audit;
	}

	@GetMapping("/staff/cases/register")
	String form(Actor staff, Locale locale, Model model) {
		return page(staff, locale, model, "", "", "", Map.of());
	}

	@PostMapping("/staff/cases/register")
	String register(Actor staff, @RequestParam(defaultValue = "") String eservice,
			@RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String person, Locale locale,
			Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<EService> chosen = registrable(staff, locale).stream().filter(e -> e.id().equals(eservice)).findFirst();
		if (chosen.isEmpty()) {
			errors.put("eservice", "cases.staff.register.error.eservice");
		}
		Optional<EService.Channel> arrived = List.of(EService.Channel.PAPER, EService.Channel.PHONE, EService.Channel.EMAIL)
				.stream().filter(c -> c.definitionName().equals(channel)).findFirst();
		if (arrived.isEmpty()) {
			errors.put("channel", "cases.staff.register.error.channel");
		}
		Optional<Person> registered = Optional.empty();
		PersonalIdentityNumber number = null;
		try {
			number = PersonalIdentityNumber.parse(person);
		}
		catch (InvalidIdentityNumberException ex) {
			errors.put("person", ex.problem().messageKey());
		}
		if (number != null) {
			audit.recordRead(new AuditLog.Read(staff.who().id(), staff.who().displayName(), role(staff), number.value(),
					"population-register:registration", "registering an application", "back-office"));
			registered = population.find(number);
			if (registered.isEmpty()) {
				errors.put("person", "cases.staff.register.error.person");
			}
		}
		if (!errors.isEmpty()) {
			return page(staff, locale, model, eservice, channel, person, errors);
		}
		Party.Person subject = new Party.Person(registered.get().number(), registered.get().fullName());
		Actor applicant = new Actor(subject, subject, Actor.Representation.SELF, java.util.Set.of(), staff.assurance());
		EService service = chosen.get();
		Draft draft = drafts.start(service, staff.who().id(), applicant, arrived.get(),
				prefills.of(service.form().orElseThrow(), applicant));
		return "redirect:/applications/" + draft.id() + "/" + service.form().get().steps().get(0).id();
	}

	private String page(Actor staff, Locale locale, Model model, String eservice, String channel, String person,
			Map<String, String> errors) {
		List<EService> choices = registrable(staff, locale);
		if (choices.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("eservices", choices);
		model.addAttribute("channels", List.of("paper", "phone", "email"));
		model.addAttribute("chosenEservice", eservice);
		model.addAttribute("chosenChannel", channel);
		model.addAttribute("person", person);
		model.addAttribute("errors", errors);
		return "cases/staff/register";
	}

	/** The live e-services the member of staff may register applications for. */
	private List<EService> registrable(Actor staff, Locale locale) {
		boolean agent = staff.hasRole(StaffRoles.CONTACT_CENTRE_AGENT);
		return catalogue.all(locale).stream()
				.filter(e -> e.isLive() && e.form().isPresent() && submissions.accepts(e.kind()))
				.filter(e -> agent || CaseHandling.handles(staff, e.department().id()))
				.toList();
	}

	private static String role(Actor staff) {
		return staff.hasRole(StaffRoles.CONTACT_CENTRE_AGENT) ? StaffRoles.CONTACT_CENTRE_AGENT : StaffRoles.OFFICER;
	}
}
