package org.cityhall.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Staying signed in when warned, and the page that says the sign-in has ended. */
@Controller
class SessionController {

	/** Touching the session resets the idle time; answered without content. */
	@PostMapping("/session/extend")
	ResponseEntity<Void> extend(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null || request.getUserPrincipal() == null
				? ResponseEntity.status(401).build() : ResponseEntity.noContent().build();
	}

	@GetMapping("/session/expired")
	String expired() {
		return "identity/session-expired";
	}
}
