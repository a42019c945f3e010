package org.cityhall.archive.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cityhall.archive.export.ArchiveExports;
import org.cityhall.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports for archivists as E-ARK SIPs: an e-service's records in a period, or everything filed about
 * one person (audited with its purpose, as any staff read of a person's data). The package is written
 * to the response as it is built.
 */
@Controller
class ExportController {

	static final String PATH = ArchivistsController.PATH + "/export";

	private final ArchiveExports exports;
	private final AuditLog audit;
	private final MessageSource messages;
	private final Clock clock;

	ExportController(ArchiveExports exports, AuditLog audit, MessageSource messages, Clock clock) {
		this.exports = exports;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String export(@ModelAttribute("form") RecordSearchForm form, Model model, Locale locale) {
		model.addAttribute("purposes", RecordSearchForm.purposeItems(messages, locale));
		model.addAttribute("errors", Map.of());
		if (!form.submitted()) {
			return "archive/archivists/export";
		}
		Map<String, String> errors = problems(form, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("errorSummary", errors.entrySet().stream()
					.map(error -> new ArchivistsController.ErrorLink("#" + error.getKey(), error.getValue())).toList());
			return "archive/archivists/export";
		}
		return "redirect:" + form.pageUrl(PATH + "/sip", 1);
	}

	@GetMapping(PATH + "/sip")
	ResponseEntity<StreamingResponseBody> download(@ModelAttribute("form") RecordSearchForm form, Locale locale, Principal principal) {
		if (!problems(form, locale).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		RecordSearchForm.Checked checked = form.check(today());
		if (checked.personId() != null) {
			String person = checked.personId();
			audit.recordRead(Archivist.of(principal).read(person, "archive-export:person", checked.purpose()));
			return Downloads.sip("handlingar-" + today(), out -> exports.subject(person, true, out));
		}
		Instant from = checked.from().atStartOfDay(Times.CITY).toInstant();
		Instant to = checked.to().plusDays(1).atStartOfDay(Times.CITY).toInstant();
		return Downloads.sip("e-tjanst-" + checked.eservice() + "-" + checked.from() + "-" + checked.to(),
				out -> exports.eservice(checked.eservice(), from, to, out));
	}

	/** What stops the export: a person with a purpose, or an e-service with a whole period. */
	private Map<String, String> problems(RecordSearchForm form, Locale locale) {
		RecordSearchForm.Checked checked = form.check(today());
		Map<String, String> errors = new LinkedHashMap<>();
		checked.problems().forEach(problem -> errors.putIfAbsent(problem.field(), messages.getMessage(problem.messageKey(), null, locale)));
		if (RecordSearchForm.blank(form.person())) {
			// An e-service export needs the e-service and the whole period: each missing field says so, beside what was wrong.
			if (RecordSearchForm.blank(form.eservice())) {
				errors.putIfAbsent("eservice", messages.getMessage("archivists.export.error.what", null, locale));
			}
			if (RecordSearchForm.blank(form.from())) {
				errors.putIfAbsent("from", messages.getMessage("archivists.export.error.from", null, locale));
			}
			if (RecordSearchForm.blank(form.to())) {
				errors.putIfAbsent("to", messages.getMessage("archivists.export.error.to", null, locale));
			}
		}
		return errors;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Times.CITY));
	}
}
