package org.cityhall.cases.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.audit.AuditLog;
import org.cityhall.cases.Case;
import org.cityhall.cases.CaseAccessDenied;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseHandling;
import org.cityhall.cases.CaseLists;
import org.cityhall.cases.CaseMessages;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseSummary;
import org.cityhall.cases.Cases;
import org.cityhall.cases.Decision;
import org.cityhall.cases.Draft;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.cityhall.forms.FieldError;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The officers' back office: a department's inbox (new, mine, awaiting supplement, overdue against
 * the handling target), search by case number, identity number or organisation number, a case with
 * everything on it, and the handling: take, receive, start, ask for a supplement, decide from
 * templates, internal notes, messages, close; and the inbox as CSV. Officers reach only the
 * departments their roles cover; anything else is 403.
 */
@Controller
class StaffCasesController {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	static final List<String> TEMPLATES = List.of("granted", "partly-granted", "refused");
	/** Cases on one page of the inbox; the others are a page away. */
	static final int PAGE_SIZE = 50;

	private final CaseLists lists;
	private final CaseHandling handling;
	private final CaseMessages messages;
	private final Cases cases;
	private final Catalogue catalogue;
	private final CaseViews views;
	private final CaseFiles files;
	private final CaseLines lines;
	private final AuditLog audit;
	private final MessageSource bundles;
	private final Clock clock;

	StaffCasesController(CaseLists lists, CaseHandling handling, CaseMessages messages, Cases cases, Catalogue catalogue,
			CaseViews views, CaseFiles files, CaseLines lines, AuditLog audit, MessageSource bundles, Clock clock) {
		this.lists = lists;
		this.handling = handling;
		this.messages = messages;
		this.cases = cases;
		this.catalogue = catalogue;
		this.views = views;
		this.files = files;
		this.lines = lines;
		this.audit = audit;
		this.bundles = bundles;
		this.clock = clock;
	}

	@ExceptionHandler(CaseAccessDenied.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	@GetMapping("/staff/cases")
	String inbox(Actor officer, @RequestParam Optional<String> department, @RequestParam(defaultValue = "new") String filter,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String purpose,
			@RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
		List<Department> mine = departments(officer);
		if (mine.isEmpty()) {
			throw new CaseAccessDenied(officer.who().id() + " handles no department's cases");
		}
		Department chosen = department.map(id -> mine.stream().filter(d -> d.id().equals(id)).findFirst()
				.orElseThrow(() -> new CaseAccessDenied(officer.who().id() + " does not handle cases of " + id)))
				.orElse(mine.get(0));
		CaseLists.Filter chosenFilter = CaseLists.Filter.fromCode(filter).orElse(CaseLists.Filter.NEW);
		model.addAttribute("departments", mine);
		model.addAttribute("department", chosen);
		model.addAttribute("filter", chosenFilter);
		model.addAttribute("filters", CaseLists.Filter.values());
		model.addAttribute("counts", lists.counts(chosen.id(), officer.who().id()));
		model.addAttribute("q", q);
		model.addAttribute("purposes", List.of("handling", "enquiry"));
		model.addAttribute("purpose", purpose);
		String query = q.strip();
		if (query.isEmpty()) {
			int pageNumber = pageNumber(page);
			// One more than a page tells whether there is a next one.
			List<CaseSummary> found = lists.inbox(chosen.id(), chosenFilter, officer.who().id(), Optional.empty(),
					(pageNumber - 1) * PAGE_SIZE, PAGE_SIZE + 1);
			cases(model, lines.of(found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found, locale, clock.instant()),
					locale);
			model.addAttribute("page", pageNumber);
			model.addAttribute("nextPage", found.size() > PAGE_SIZE);
			return "cases/staff/inbox";
		}
		Optional<CaseNumber> number = CaseNumber.parse(query);
		if (number.isPresent()) {
			return handling.inDepartmentIfAny(chosen.id(), number.get()).isPresent()
					? "redirect:/staff/cases/" + number.get().value()
					: searched(model, locale, List.of(), "cases.staff.search.none");
		}
		String digits = query.replaceAll("[\\s-]", "");
		if (OrganisationNumber.isValid(query) && digits.length() == 10 && !PersonalIdentityNumber.isValid(query)) {
			return searched(model, locale, lists.aboutParty(chosen.id(), OrganisationNumber.parse(query).value()),
					"cases.staff.search.none");
		}
		if (PersonalIdentityNumber.isValid(query)) {
			if (!List.of("handling", "enquiry").contains(purpose)) {
				model.addAttribute("purposeError", "cases.staff.search.purpose");
				return searched(model, locale, List.of(), null);
			}
			PersonalIdentityNumber person = PersonalIdentityNumber.parse(query);
			audit.recordRead(new AuditLog.Read(officer.who().id(), officer.who().displayName(), StaffRoles.OFFICER,
					person.value(), "cases-of-person:" + chosen.id(), purpose, "back-office"));
			return searched(model, locale, lists.aboutParty(chosen.id(), person.value()), "cases.staff.search.none");
		}
		model.addAttribute("queryError", "cases.staff.search.invalid");
		return searched(model, locale, List.of(), null);
	}

	/** The page asked for; anything but a page number (typed by hand, say) is the first page. */
	static int pageNumber(String typed) {
		String digits = typed.strip();
		if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(digits));
	}

	private String searched(Model model, Locale locale, List<CaseSummary> found, String noneKey) {
		cases(model, lines.of(found, locale, clock.instant()), locale);
		model.addAttribute("searched", true);
		model.addAttribute("noneKey", noneKey);
		return "cases/staff/inbox";
	}

	private void cases(Model model, List<CaseLines.Line> shown, Locale locale) {
		model.addAttribute("cases", shown);
		model.addAttribute("rows", lines.inboxRows(shown, locale));
	}

	@GetMapping(value = "/staff/cases.csv", produces = "text/csv")
	ResponseEntity<byte[]> export(Actor officer, @RequestParam String department,
			@RequestParam(defaultValue = "open") String filter, Locale locale) {
		if (!CaseHandling.handles(officer, department)) {
			throw new CaseAccessDenied(officer.who().id() + " does not handle cases of " + department);
		}
		CaseLists.Filter chosen = CaseLists.Filter.fromCode(filter).orElse(CaseLists.Filter.OPEN);
		List<CaseSummary> found = lists.inbox(department, chosen, officer.who().id(), Optional.empty(), CaseLists.LIMIT);
		audit.recordRead(new AuditLog.Read(officer.who().id(), officer.who().displayName(), StaffRoles.OFFICER,
				"department:" + department, "case-list-export:" + chosen.code(), "handling", "back-office"));
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", header(locale))).append("\r\n");
		DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd");
		for (CaseSummary summary : found) {
			csv.append(String.join(";", cell(summary.number().value()), cell(summary.eserviceId()),
					cell(bundles.getMessage("cases.status." + summary.status().code(), null, locale)),
					cell(summary.submittedAt().atZone(SWEDEN).format(date)),
					cell(summary.dueAt().map(due -> due.atZone(SWEDEN).format(date)).orElse("")),
					cell(summary.isOverdue(clock.instant()) ? bundles.getMessage("cases.answer.yes", null, locale) : ""),
					cell(summary.subjectName()), cell(summary.assignedName().orElse("")),
					cell(bundles.getMessage("cases.channel." + summary.channel().definitionName(), null, locale))))
					.append("\r\n");
		}
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("cases-" + department + "-" + chosen.code() + ".csv").build().toString())
				.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<String> header(Locale locale) {
		List<String> header = new ArrayList<>();
		for (String key : List.of("number", "eservice", "status", "submitted", "due", "overdue", "subject", "assigned", "channel")) {
			header.add(cell(bundles.getMessage("cases.staff.csv." + key, null, locale)));
		}
		return header;
	}

	/** A CSV cell, quoted, and defused so a spreadsheet never runs what an applicant typed as a formula. */
	static String cell(String value) {
		return org.cityhall.shared.SpreadsheetCell.of(value);
	}

	@GetMapping("/staff/cases/{number}")
	String open(Actor officer, @PathVariable String number, @RequestParam Optional<String> template, Locale locale,
			Model model) {
		Case found = handling.open(officer, parse(number), "handling");
		return page(officer, found, locale, model, List.of(), template);
	}

	@GetMapping("/staff/cases/{number}/documents/{sha256}")
	ResponseEntity<byte[]> document(Actor officer, @PathVariable String number, @PathVariable String sha256) {
		return views.download(handling.open(officer, parse(number), "handling"), sha256);
	}

	@PostMapping("/staff/cases/{number}/{action:take|receive|start|close}")
	String act(Actor officer, @PathVariable String number, @PathVariable String action) {
		CaseNumber parsed = parse(number);
		try {
			switch (action) {
				case "take":
					handling.assignToSelf(officer, parsed);
					break;
				case "receive":
					handling.receive(officer, parsed);
					break;
				case "start":
					handling.startHandling(officer, parsed);
					break;
				default:
					handling.close(officer, parsed);
			}
		}
		catch (IllegalStateException | OptimisticLockingFailureException moved) {
			return "redirect:/staff/cases/" + parsed.value() + "?changed";
		}
		return "redirect:/staff/cases/" + parsed.value() + "?done=" + action;
	}

	@PostMapping("/staff/cases/{number}/supplement")
	String requestSupplement(Actor officer, @PathVariable String number, @RequestParam(defaultValue = "") String asked,
			Locale locale, Model model) {
		CaseNumber parsed = parse(number);
		if (asked.isBlank() || asked.length() > org.cityhall.cases.CaseMessage.LIMIT) {
			model.addAttribute("typedAsked", asked);
			return page(officer, handling.open(officer, parsed, "handling"), locale, model,
					List.of(error("asked", asked.isBlank() ? "cases.staff.supplement.error" : "cases.message.error.too-long")),
					Optional.empty());
		}
		return moved(() -> handling.requestSupplement(officer, parsed, asked), parsed, "supplement");
	}

	@PostMapping("/staff/cases/{number}/decide")
	String decide(Actor officer, @PathVariable String number, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String reasons, Locale locale, Model model) {
		CaseNumber parsed = parse(number);
		List<FieldError> errors = new ArrayList<>();
		Optional<Decision.Outcome> chosen = Decision.Outcome.fromCode(outcome);
		if (chosen.isEmpty()) {
			errors.add(error("outcome", "cases.staff.decide.error.outcome"));
		}
		if (reasons.isBlank()) {
			errors.add(error("reasons", "cases.staff.decide.error.reasons"));
		}
		else if (reasons.length() > Decision.REASONS_LIMIT) {
			errors.add(new FieldError("reasons", "cases.message.error.too-long", List.of(Decision.REASONS_LIMIT)));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("typedOutcome", outcome);
			model.addAttribute("typedReasons", reasons);
			return page(officer, handling.open(officer, parsed, "handling"), locale, model, errors, Optional.empty());
		}
		return moved(() -> handling.decide(officer, parsed, new Decision(chosen.get(), reasons.strip())), parsed, "decide");
	}

	@PostMapping("/staff/cases/{number}/note")
	String note(Actor officer, @PathVariable String number, @RequestParam(defaultValue = "") String note, Locale locale,
			Model model) {
		CaseNumber parsed = parse(number);
		if (note.isBlank() || note.length() > org.cityhall.cases.CaseMessage.LIMIT) {
			model.addAttribute("typedNote", note);
			return page(officer, handling.open(officer, parsed, "handling"), locale, model,
					List.of(error("note", note.isBlank() ? "cases.staff.note.error" : "cases.message.error.too-long")),
					Optional.empty());
		}
		return moved(() -> handling.note(officer, parsed, note.strip()), parsed, "note");
	}

	@PostMapping("/staff/cases/{number}/messages")
	String message(Actor officer, @PathVariable String number, @RequestParam(defaultValue = "") String body,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> given, Locale locale, Model model) {
		CaseNumber parsed = parse(number);
		Case found = handling.open(officer, parsed, "handling");
		List<FieldError> errors = new ArrayList<>();
		if (body.isBlank()) {
			errors.add(error("body", "cases.message.error.empty"));
		}
		else if (body.length() > org.cityhall.cases.CaseMessage.LIMIT) {
			errors.add(new FieldError("body", "cases.message.error.too-long", List.of(org.cityhall.cases.CaseMessage.LIMIT)));
		}
		CaseFiles.Taken taken = files.takeAttachments("attachments", given == null ? List.of() : given);
		if (taken.error() != null) {
			errors.add(taken.error());
		}
		if (!errors.isEmpty()) {
			model.addAttribute("typedMessage", body);
			return page(officer, found, locale, model, errors, Optional.empty());
		}
		List<CaseDocument> documents = new ArrayList<>();
		for (Draft.UploadedFile file : taken.files()) {
			documents.add(CaseFiles.document(file, CaseDocument.Role.SUPPLEMENT, clock.instant()));
		}
		try {
			messages.post(found, officer.who(), false, body, documents);
		}
		catch (IllegalStateException closed) {
			return "redirect:/staff/cases/" + parsed.value() + "?changed";
		}
		return "redirect:/staff/cases/" + parsed.value() + "?done=message#messages";
	}

	private String moved(Runnable change, CaseNumber number, String action) {
		try {
			change.run();
		}
		catch (IllegalStateException | OptimisticLockingFailureException moved) {
			return "redirect:/staff/cases/" + number.value() + "?changed";
		}
		return "redirect:/staff/cases/" + number.value() + "?done=" + action;
	}

	private String page(Actor officer, Case found, Locale locale, Model model, List<FieldError> errors,
			Optional<String> template) {
		views.describe(found, cases.documents(found.id()), locale, model);
		model.addAttribute("timeline", handling.timelineForStaff(found));
		model.addAttribute("messages", messages.thread(found, false));
		model.addAttribute("errors", errors);
		model.addAttribute("templates", TEMPLATES);
		model.addAttribute("mine", found.assignedTo().map(staff -> staff.id().equals(officer.who().id())).orElse(false));
		template.filter(TEMPLATES::contains).ifPresent(chosen -> {
			model.addAttribute("typedOutcome", chosen);
			model.addAttribute("typedReasons", bundles.getMessage("cases.staff.template." + chosen,
					new Object[] {found.number().value()}, locale));
		});
		return "cases/staff/case";
	}

	private static FieldError error(String field, String key) {
		return new FieldError(field, key, List.of());
	}

	private static CaseNumber parse(String number) {
		return CaseNumber.parse(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The departments whose cases the officer handles, in the catalogue's order. */
	private List<Department> departments(Actor officer) {
		return catalogue.departments().stream().filter(department -> CaseHandling.handles(officer, department.id())).toList();
	}

}
