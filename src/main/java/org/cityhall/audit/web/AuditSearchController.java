package org.cityhall.audit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditQuery;
import org.cityhall.audit.AuditRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Administrators search the audit log: whose data, who read it, what and when. The search is not
 * itself a read of anyone's data, so it is not logged; identity numbers in the results are masked.
 * Only platform administrators may reach it (the URL rule for {@value #PATH}).
 */
@Controller
class AuditSearchController {

	static final String PATH = "/staff/audit";
	static final int PAGE_SIZE = 50;

	private final AuditLog log;
	private final ReadWords words;
	private final MessageSource messages;
	private final Clock clock;

	AuditSearchController(AuditLog log, ReadWords words, MessageSource messages, ObjectProvider<Clock> clock) {
		this.log = log;
		this.words = words;
		this.messages = messages;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/** One line of the error summary. */
	record ErrorLink(String href, String text) {
	}

	@GetMapping(PATH)
	String search(@ModelAttribute("form") SearchForm form, Model model, Locale locale) {
		SearchForm.Checked checked = form.check(LocalDate.now(clock.withZone(ReadWords.CITY_ZONE)));
		if (!checked.isValid()) {
			Map<String, String> errors = new LinkedHashMap<>();
			Set<String> wrongInputs = new HashSet<>();
			List<ErrorLink> summary = checked.problems().stream().map(problem -> {
				String text = messages.getMessage(problem.messageKey(), problem.arguments(), locale);
				errors.putIfAbsent(problem.field(), text);
				wrongInputs.addAll(problem.inputs());
				return new ErrorLink("#" + problem.anchor(), text);
			}).toList();
			model.addAttribute("errors", errors);
			model.addAttribute("wrongInputs", wrongInputs);
			model.addAttribute("errorSummary", summary);
			return "audit/search";
		}
		int page = checked.page();
		AuditQuery query = AuditQuery.all()
				.withSubject(checked.subjectId())
				.withActor(checked.actorId())
				.withWhatPrefix(checked.whatPrefix())
				.between(startOf(checked.from()), checked.to() == null ? null : startOf(checked.to().plusDays(1)))
				.page(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
		List<AuditRecord> found = log.search(query);
		List<ReadWords.Row> rows = found.stream().limit(PAGE_SIZE).map(read -> words.row(read, locale)).toList();
		model.addAttribute("errors", Map.of());
		model.addAttribute("wrongInputs", Set.of());
		model.addAttribute("rows", rows);
		model.addAttribute("page", page);
		model.addAttribute("firstShown", (page - 1) * PAGE_SIZE + 1);
		model.addAttribute("lastShown", (page - 1) * PAGE_SIZE + rows.size());
		model.addAttribute("previousUrl", page > 1 ? form.pageUrl(PATH, page - 1) : null);
		model.addAttribute("nextUrl", found.size() > PAGE_SIZE ? form.pageUrl(PATH, page + 1) : null);
		return "audit/search";
	}

	private static Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(ReadWords.CITY_ZONE).toInstant();
	}
}
