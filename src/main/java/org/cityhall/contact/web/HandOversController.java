package org.cityhall.contact.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.cityhall.contact.HandOvers;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The department's side of a hand-over: its officers see the contacts handed to their departments, open
 * one (the resident's data shown, and the read audited), take it and close it with what they did. Anyone
 * who is no officer of the department gets 403.
 */
@Controller
class HandOversController {

	private final HandOvers handOvers;
	private final PopulationRegister population;
	private final Catalogue catalogue;

	HandOversController(HandOvers handOvers, PopulationRegister population, Catalogue catalogue) {
		this.handOvers = handOvers;
		this.population = population;
		this.catalogue = catalogue;
	}

	@GetMapping("/staff/contact/handovers")
	String waiting(Actor officer, Model model) {
		if (!(officer.who() instanceof Party.Staff) || !officer.hasRole(StaffRoles.OFFICER)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("handOvers", handOvers.waiting(officer, catalogue.departments().stream().map(Department::id).toList()));
		model.addAttribute("departmentNames", departmentNames(catalogue));
		model.addAttribute("me", officer.who().id());
		return "contact/handovers";
	}

	@GetMapping("/staff/contact/handovers/{reference}")
	String handOver(Actor officer, @PathVariable String reference, Model model) {
		return page(officer, reference, "", Map.of(), model);
	}

	@PostMapping("/staff/contact/handovers/{reference}/take")
	String take(Actor officer, @PathVariable String reference, RedirectAttributes redirect) {
		found(reference);
		try {
			handOvers.take(officer, reference);
			redirect.addFlashAttribute("done", "contact.handover.taken-now");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "contact.error.handover-not-open");
		}
		return "redirect:/staff/contact/handovers/" + reference;
	}

	@PostMapping("/staff/contact/handovers/{reference}/close")
	String close(Actor officer, @PathVariable String reference, @RequestParam(defaultValue = "") String outcome, Model model,
			RedirectAttributes redirect) {
		found(reference);
		if (outcome.isBlank() || outcome.length() > 4000) {
			return page(officer, reference, outcome, Map.of("outcome", "contact.error.handover-outcome"), model);
		}
		try {
			handOvers.close(officer, reference, outcome);
		}
		catch (IllegalStateException ex) {
			return page(officer, reference, outcome, Map.of("outcome", "contact.error.handover-not-yours"), model);
		}
		redirect.addFlashAttribute("done", "contact.handover.closed-now");
		return "redirect:/staff/contact/handovers/" + reference;
	}

	@ExceptionHandler(HandOvers.NotYourDepartment.class)
	void notYours(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private String page(Actor officer, String reference, String outcome, Map<String, String> errors, Model model) {
		HandOvers.Shown shown = handOvers.show(officer, reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<Person> person = shown.resident().flatMap(population::find);
		model.addAttribute("shown", shown);
		model.addAttribute("handOver", shown.handOver());
		model.addAttribute("person", person.orElse(null));
		model.addAttribute("department", departmentNames(catalogue).get(shown.handOver().department()));
		model.addAttribute("mine", shown.handOver().takenBy().filter(officer.who().id()::equals).isPresent());
		model.addAttribute("outcome", outcome);
		model.addAttribute("errors", errors);
		return "contact/handover";
	}

	private void found(String reference) {
		if (handOvers.find(reference).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	static Map<String, Department> departmentNames(Catalogue catalogue) {
		Map<String, Department> names = new LinkedHashMap<>();
		catalogue.departments().forEach(d -> names.put(d.id(), d));
		return names;
	}
}
