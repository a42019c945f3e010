package org.cityhall.web.frame;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;


import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * My pages: everything a person has with the city, gathered from every module's
 * {@link MyPagesSection}, in their order. The frame knows no module's tables: it asks every section
 * to queue its queries first, and sends them to the database together ({@link MyPagesReads}).
 */
@Controller
class MyPagesController {

	private final List<MyPagesSection> sections;
	private final JdbcOperations jdbc;

	MyPagesController(List<MyPagesSection> sections, JdbcOperations jdbc) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(MyPagesSection::order)).toList();
		this.jdbc = jdbc;
	}

	@GetMapping("/my-pages")
	String myPages(Principal person, Locale locale, Model model) {
		model.addAttribute("sections", MyPagesSection.contentsFor(sections, person, locale, MyPagesReads.together(jdbc)));
		return "web/my-pages";
	}
}
