package org.cityhall.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.cityhall.cases.Case;
import org.cityhall.cases.CaseAnswers;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.Cases;
import org.cityhall.cases.AnswersJson;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.FormDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;

/** What the pages of one case show, for the applicant and for officers alike. */
@Component
class CaseViews {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final Cases cases;
	private final DocumentStore store;
	private final Catalogue catalogue;
	private final MessageSource messages;
	private final Clock clock;

	CaseViews(Cases cases, DocumentStore store, Catalogue catalogue, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.store = store;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * One of the case's documents, to download: PDFs and images shown in the browser, anything else saved,
	 * never sniffed or run as a page. A document the case does not have is not found.
	 */
	ResponseEntity<byte[]> download(Case found, String sha256) {
		CaseDocument document = cases.documents(found.id()).stream().filter(d -> d.sha256().equals(sha256)).findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = store.content(new DocumentId(sha256))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		MediaType type = MediaType.parseMediaType(document.mediaType());
		boolean inline = MediaType.APPLICATION_PDF.includes(type) || type.getType().equals("image");
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(document.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "default-src 'none'; sandbox")
				.body(content);
	}

	/** Adds the case, its e-service, answers and documents to the model. */
	void describe(Case found, List<CaseDocument> documents, Locale locale, Model model) {
		EService eservice = catalogue.find(found.facts().eserviceId()).orElse(null);
		FormDefinition form = eservice == null ? new FormDefinition(List.of())
				: eservice.form().orElse(new FormDefinition(List.of()));
		model.addAttribute("case", found);
		model.addAttribute("eservice", eservice);
		model.addAttribute("sections", CaseAnswers.sections(form, AnswersJson.read(cases.answersJson(found.id()),
				form.allFields()), documents, LocalDate.now(clock.withZone(SWEDEN)), locale, messages));
		model.addAttribute("documents", documents);
		model.addAttribute("overdue", found.isOverdue(clock.instant()));
		model.addAttribute("zone", SWEDEN);
		// A granted case may have a follow-up e-service, such as reporting the start of construction on a building permit.
		boolean granted = found.decision().map(decision -> decision.outcome() != org.cityhall.cases.Decision.Outcome.REFUSED)
				.orElse(false);
		model.addAttribute("followUps", !granted ? List.of() : catalogue.all(locale).stream()
				.filter(other -> other.isLive() && other.followUpOf().map(found.facts().eserviceId()::equals).orElse(false))
				.toList());
	}
}
