package org.cityhall.archive.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.export.ArchiveExports;
import org.cityhall.archive.text.DocumentTexts;
import org.cityhall.audit.AuditLog;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The archivists' view: search the archive's records, see one with its documents, its place in the
 * chain and whether it verifies, and export a matter as an E-ARK SIP. A search by person, and every
 * record about a person that is opened, downloaded or exported, is recorded in the audit log first.
 */
@Controller
class ArchivistsController {

	static final String PATH = "/staff/archive";
	static final String DEFAULT_PURPOSE = "archival-inspection";

	private final RecordSearch search;
	private final RecordInspection inspection;
	private final DocumentStore documents;
	private final DocumentTexts texts;
	private final ArchiveExports exports;
	private final AuditLog audit;
	private final MessageSource messages;
	private final Clock clock;

	ArchivistsController(RecordSearch search, RecordInspection inspection, DocumentStore documents, DocumentTexts texts,
			ArchiveExports exports, AuditLog audit, MessageSource messages, Clock clock) {
		this.search = search;
		this.inspection = inspection;
		this.documents = documents;
		this.texts = texts;
		this.exports = exports;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** One line of the error summary. */
	record ErrorLink(String href, String text) {
	}

	@GetMapping(PATH)
	String search(@ModelAttribute("form") RecordSearchForm form, Model model, Locale locale, Principal principal) {
		model.addAttribute("purposes", RecordSearchForm.purposeItems(messages, locale));
		model.addAttribute("errors", Map.of());
		if (!form.submitted()) {
			return "archive/archivists/search";
		}
		RecordSearchForm.Checked checked = form.check(LocalDate.now(clock.withZone(Times.CITY)));
		if (!checked.isValid()) {
			Map<String, String> errors = new LinkedHashMap<>();
			List<ErrorLink> summary = checked.problems().stream().map(problem -> {
				String text = messages.getMessage(problem.messageKey(), null, locale);
				errors.putIfAbsent(problem.field(), text);
				return new ErrorLink("#" + problem.field(), text);
			}).toList();
			model.addAttribute("errors", errors);
			model.addAttribute("errorSummary", summary);
			return "archive/archivists/search";
		}
		if (checked.isEmpty()) {
			return "archive/archivists/search";
		}
		if (checked.personId() != null) {
			audit.recordRead(Archivist.of(principal).read(checked.personId(), "archive-records", checked.purpose()));
		}
		List<ArchivedRecord> found = search.find(checked);
		int page = checked.page();
		List<RecordLine> rows = found.stream().limit(RecordSearch.PAGE_SIZE).map(record -> RecordLine.of(record, locale)).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("purpose", checked.purpose());
		model.addAttribute("previousUrl", page > 1 ? form.pageUrl(PATH, page - 1) : null);
		model.addAttribute("nextUrl", found.size() > RecordSearch.PAGE_SIZE ? form.pageUrl(PATH, page + 1) : null);
		model.addAttribute("page", page);
		return "archive/archivists/search";
	}

	@GetMapping(PATH + "/records/{id}")
	String record(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model, Locale locale,
			Principal principal) {
		RecordInspection.Inspected inspected = inspection.inspect(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ArchivedRecord record = inspected.record();
		String why = purpose(purpose);
		subjectId(record).ifPresent(subject -> audit.recordRead(Archivist.of(principal).read(subject, "archive-record:" + id, why)));
		model.addAttribute("inspected", inspected);
		model.addAttribute("record", record);
		model.addAttribute("line", RecordLine.of(record, locale));
		model.addAttribute("filedAt", Times.shown(record.filedAt()));
		model.addAttribute("subject", record.subject().map(Party::displayName).orElse(null));
		model.addAttribute("subjectId", record.subject().map(Party::id).orElse(null));
		model.addAttribute("previous", inspected.previous().map(previous -> RecordLine.of(previous, locale)).orElse(null));
		model.addAttribute("next", inspected.next().map(next -> RecordLine.of(next, locale)).orElse(null));
		model.addAttribute("purpose", why);
		return "archive/archivists/record";
	}

	@GetMapping(PATH + "/records/{id}/documents/{sha256}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String sha256, @RequestParam(required = false) String purpose,
			Principal principal) {
		RecordInspection.Inspected inspected = inspection.inspect(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		DocumentId document = inspected.record().documents().stream().filter(held -> held.sha256().equals(sha256)).findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		subjectId(inspected.record()).ifPresent(subject -> audit.recordRead(
				Archivist.of(principal).read(subject, "archive-document:" + sha256, purpose(purpose))));
		texts.extract(document);
		String mediaType = documents.find(document).map(found -> found.mediaType()).orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
		byte[] bytes = documents.content(document).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(mediaType))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(sha256).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(bytes);
	}

	@GetMapping(PATH + "/matters/{matter}/sip")
	ResponseEntity<StreamingResponseBody> matterPackage(@PathVariable String matter, @RequestParam(required = false) String purpose,
			Principal principal) {
		List<String> subjects = search.subjectsOfMatter(matter);
		if (subjects == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Archivist archivist = Archivist.of(principal);
		audit.recordReads(subjects.stream().map(subject -> archivist.read(subject, "archive-export:matter:" + matter, purpose(purpose)))
				.toList());
		return Downloads.sip("arende-" + matter.replaceAll("[^A-Za-z0-9-]", "_"), out -> exports.matter(matter, out));
	}

	private static java.util.Optional<String> subjectId(ArchivedRecord record) {
		return record.subject().filter(Party.Person.class::isInstance).map(Party::id);
	}

	private static String purpose(String purpose) {
		return purpose != null && RecordSearchForm.PURPOSES.contains(purpose) ? purpose : DEFAULT_PURPOSE;
	}
}
