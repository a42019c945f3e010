package org.cityhall.web.frame;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every city site owes its visitors: accessibility, privacy and how to contact us. */
@Controller
class InformationPagesController {

	@GetMapping("/accessibility")
	String accessibility() {
		return "web/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "web/privacy";
	}

	@GetMapping("/contact")
	String contact() {
		return "web/contact";
	}
}
