package org.cityhall.web.frame;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cityhall.web.MyPagesSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * My pages: everything a person has with the city, gathered from every module's
 * {@link MyPagesSection}, in their order. The frame knows no module's tables.
 */
@Controller
class MyPagesController {

	private final List<MyPagesSection> sections;

	MyPagesController(List<MyPagesSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(MyPagesSection::order)).toList();
	}

	@GetMapping("/my-pages")
	String myPages(Principal person, Locale locale, Model model) {
		model.addAttribute("sections", sections.stream().map(section -> section.contentFor(person, locale))
				.flatMap(Optional::stream).toList());
		return "web/my-pages";
	}
}
