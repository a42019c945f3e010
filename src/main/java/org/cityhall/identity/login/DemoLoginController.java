package org.cityhall.identity.login;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.identity.demo.DemoPersonas.Persona;
import org.cityhall.identity.staff.StaffDirectory;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo city's test eID: pick a persona and be signed in as them, as a real eID login would
 * sign them in. Exists only in demo mode, which refuses to start beside the production profile.
 */
@Controller
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoLoginController {

	private final PopulationRegister population;
	private final StaffDirectory staff;
	private final SignInSessions sessions;

	DemoLoginController(PopulationRegister population, StaffDirectory staff, SignInSessions sessions) {
		this.population = population;
		this.staff = staff;
		this.sessions = sessions;
	}

	@GetMapping("/login/demo")
	String residents(Model model) {
		model.addAttribute("personas", DemoPersonas.SIGN_IN);
		return "identity/demo-login";
	}

	@PostMapping("/login/demo")
	String signInResident(@RequestParam(name = "persona", required = false) String id, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<Persona> persona = DemoPersonas.SIGN_IN.stream().filter(p -> p.id().equals(id)).findFirst();
		if (persona.isEmpty()) {
			model.addAttribute("personas", DemoPersonas.SIGN_IN);
			model.addAttribute("missing", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "identity/demo-login";
		}
		Party party = persona.get().party();
		boolean registered = persona.get().number().flatMap(population::find).isPresent();
		LevelOfAssurance assurance = persona.get().isVisitor() ? LevelOfAssurance.EMAIL_CODE : LevelOfAssurance.LOA3;
		sessions.signIn(new DemoSignedIn(party, assurance, Set.of(), registered), request, response);
		return "redirect:" + (persona.get().isVisitor() ? "/" : "/act-for");
	}

	@GetMapping("/login/demo/staff")
	String staffMembers(Model model) {
		model.addAttribute("staff", staff.all());
		return "identity/demo-login-staff";
	}

	@PostMapping("/login/demo/staff")
	String signInStaff(@RequestParam(name = "staff", required = false) String id, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		var member = id == null ? Optional.<StaffDirectory.StaffMember>empty() : staff.find(id);
		if (member.isEmpty()) {
			model.addAttribute("staff", staff.all());
			model.addAttribute("missing", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "identity/demo-login-staff";
		}
		sessions.signIn(new DemoSignedIn(new Party.Staff(member.get().id(), member.get().name()), LevelOfAssurance.LOA3,
				member.get().roles(), true), request, response);
		return "redirect:/staff";
	}
}
