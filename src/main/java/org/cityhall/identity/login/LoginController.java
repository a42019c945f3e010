package org.cityhall.identity.login;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The ways to sign in, and the page that says why a login was refused. */
@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> registrations;
	private final ObjectProvider<JavaMailSender> mail;
	private final boolean demo;

	LoginController(ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<JavaMailSender> mail,
			@Value("${cityhall.demo:false}") boolean demo) {
		this.registrations = registrations;
		this.mail = mail;
		this.demo = demo;
	}

	@GetMapping("/login")
	String residents(Model model) {
		model.addAttribute("eid", registered(CityHallOidcUserService.RESIDENTS));
		model.addAttribute("demo", demo);
		// Visitors sign in with a code sent by e-mail, so only where the city has a mail server.
		model.addAttribute("visitors", mail.getIfAvailable() != null);
		return "identity/login";
	}

	@GetMapping("/login/staff")
	String staff(Model model) {
		model.addAttribute("staffLogin", registered(CityHallOidcUserService.STAFF));
		model.addAttribute("demo", demo);
		return "identity/login-staff";
	}

	@GetMapping("/login/failed")
	@ResponseStatus(HttpStatus.UNAUTHORIZED)
	String failed(@RequestParam(name = "problem", required = false) String problem, Model model) {
		model.addAttribute("problem", LoginProblem.fromCode(problem).code());
		return "identity/login-failed";
	}

	private boolean registered(String id) {
		ClientRegistrationRepository clients = registrations.getIfAvailable();
		return clients != null && clients.findByRegistrationId(id) != null;
	}
}
