package org.cityhall.registers.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The registers' front page: what each register holds and where to search it. */
@Controller
class RegistersController {

	@GetMapping("/registers")
	String index() {
		return "registers/index";
	}
}
