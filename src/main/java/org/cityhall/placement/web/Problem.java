package org.cityhall.placement.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** What is wrong with a field of a staff form: a message key and its arguments. */
record Problem(String key, Object... arguments) {

	/**
	 * Puts the problems on the page as the frame's form fragments read them: {@code fieldErrors} (the text at each
	 * field) and {@code summary} (the error summary's links, to the field's id).
	 */
	static void show(Map<String, Problem> problems, MessageSource messages, Locale locale, Model model) {
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		List<Map<String, String>> summary = new ArrayList<>();
		problems.forEach((field, problem) -> {
			String text = messages.getMessage(problem.key(), problem.arguments(), locale);
			fieldErrors.put(field, text);
			summary.add(Map.of("href", "#" + field, "text", text));
		});
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("summary", summary);
	}
}
