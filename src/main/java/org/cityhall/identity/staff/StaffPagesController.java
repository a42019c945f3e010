package org.cityhall.identity.staff;

import org.cityhall.identity.StaffRoles;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.audit.AuditLog;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff pages of the identity module: a member's own roles, and looking a resident up in the
 * population register – a read of personal data, audited with its purpose before it is shown.
 * Protected identities are shown in full only to the role that may see them, and their address
 * never.
 */
@Controller
class StaffPagesController {

	/** Why staff may look a resident up; each read is recorded with one of them. */
	static final List<String> PURPOSES = List.of("case-handling", "contact-centre-call", "register-correction");

	private final PopulationRegister population;
	private final AuditLog audit;

	StaffPagesController(PopulationRegister population, AuditLog audit) {
		this.population = population;
		this.audit = audit;
	}

	@GetMapping("/staff")
	String home(@AuthenticationPrincipal SignedIn me, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("roles", me.roles().stream().sorted(java.util.Comparator.comparing(ScopedRole::role)).toList());
		model.addAttribute("mayLookUp", mayLookUp(me));
		model.addAttribute("mayAudit", me.roles().stream().anyMatch(r -> r.role().equals(StaffRoles.PLATFORM_ADMINISTRATOR)));
		model.addAttribute("mayHandleCases", me.roles().stream().anyMatch(r -> r.role().equals(StaffRoles.OFFICER)));
		model.addAttribute("mayRegister", me.roles().stream().anyMatch(r -> r.role().equals(StaffRoles.OFFICER)
				|| r.role().equals(StaffRoles.CONTACT_CENTRE_AGENT)));
		model.addAttribute("mayWriteInformation", me.roles().stream().anyMatch(r -> r.role().equals(StaffRoles.CONTENT_EDITOR)
				|| r.role().equals(StaffRoles.CONTENT_PUBLISHER)));
		model.addAttribute("mayAnalyse", me.roles().stream().anyMatch(r -> r.role().equals(StaffRoles.PROGRAMME_ANALYST)));
		return "identity/staff/home";
	}

	@GetMapping("/staff/persons")
	@Transactional
	String lookUp(@AuthenticationPrincipal SignedIn me, @RequestParam(name = "number", required = false) String typed,
			@RequestParam(name = "purpose", required = false) String purpose, Model model, HttpServletResponse response) {
		if (!mayLookUp(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("purposes", PURPOSES);
		model.addAttribute("number", typed == null ? "" : typed);
		model.addAttribute("purpose", purpose);
		if (typed == null) {
			return "identity/staff/persons";
		}
		PersonalIdentityNumber number = null;
		try {
			number = PersonalIdentityNumber.parse(typed);
		}
		catch (InvalidIdentityNumberException ex) {
			model.addAttribute("numberError", ex.problem().messageKey());
		}
		if (purpose == null || !PURPOSES.contains(purpose)) {
			model.addAttribute("purposeError", "identity.persons.purpose.missing");
		}
		if (number == null || model.containsAttribute("purposeError")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "identity/staff/persons";
		}
		Optional<Person> found = population.find(number);
		if (found.isEmpty()) {
			model.addAttribute("notFound", true);
			return "identity/staff/persons";
		}
		Person person = found.get();
		String role = me.roles().stream().map(ScopedRole::role).sorted().findFirst().orElse("staff");
		audit.recordRead(new AuditLog.Read(me.party().id(), me.party().displayName(), role, number.value(), "profile",
				purpose, "web"));
		boolean mayseeProtected = me.roles().stream().anyMatch(r -> r.role().equals(StaffRoles.PROTECTED_IDENTITY_READER));
		model.addAttribute("person", person);
		model.addAttribute("hidden", person.protectedIdentity() && !mayseeProtected);
		model.addAttribute("children", population.childrenOf(number));
		model.addAttribute("guardians", population.guardiansOf(number));
		return "identity/staff/persons";
	}

	private static boolean mayLookUp(SignedIn me) {
		return me.roles().stream().anyMatch(r -> r.role().equals(StaffRoles.OFFICER)
				|| r.role().equals(StaffRoles.CONTACT_CENTRE_AGENT) || r.role().equals(StaffRoles.PROTECTED_IDENTITY_READER));
	}
}
