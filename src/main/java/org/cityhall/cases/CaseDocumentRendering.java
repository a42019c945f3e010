package org.cityhall.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.PdfDocuments;
import org.cityhall.documents.StoredDocument;
import org.cityhall.forms.Answers;
import org.cityhall.forms.FormDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a case's PDF/A documents just after the commit that made them due: the receipt once the case
 * is submitted, the decision once it is decided. The receipt page never waits for them; a crash before
 * they are made leaves the event in the publication registry, and they are made when it is resubmitted.
 * Each is kept in the document store and listed among the case's documents, once, and filed in the
 * e-archive by the {@link CaseDocumentIssued} published with it.
 */
@Component
class CaseDocumentRendering {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final Cases cases;
	private final Catalogue catalogue;
	private final PdfDocuments pdfs;
	private final DocumentStore store;
	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseDocumentRendering(Cases cases, Catalogue catalogue, PdfDocuments pdfs, DocumentStore store, ITemplateEngine templates,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.cases = cases;
		this.catalogue = catalogue;
		this.pdfs = pdfs;
		this.store = store;
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseSubmitted submitted) {
		render(submitted.caseId(), "cases/pdf/receipt", CaseDocument.Role.RECEIPT, "receipt");
	}

	@ApplicationModuleListener
	void on(CaseStatusChanged changed) {
		if (changed.to() == CaseStatus.DECIDED) {
			render(changed.caseId(), "cases/pdf/decision", CaseDocument.Role.DECISION, "decision");
		}
	}

	private void render(CaseId id, String template, CaseDocument.Role role, String name) {
		Case found = cases.find(id).orElseThrow(() -> new IllegalStateException("no case " + id.value()));
		List<CaseDocument> documents = cases.documents(id);
		if (documents.stream().anyMatch(document -> document.role() == role)) {
			return;
		}
		EService eservice = catalogue.find(found.facts().eserviceId()).orElseThrow();
		FormDefinition form = eservice.form().orElse(new FormDefinition(List.of()));
		Answers answers = AnswersJson.read(cases.answersJson(id), form.allFields());
		String decidedBy = cases.timeline(id, true).stream().filter(entry -> entry.what() == TimelineEntry.What.DECIDED)
				.reduce((first, last) -> last).map(entry -> entry.actor().displayName()).orElse("–");
		Context context = new Context(SWEDISH, Map.of("case", found, "eservice", eservice, "decidedBy", decidedBy,
				"sections", CaseAnswers.sections(form, answers, documents, LocalDate.now(clock.withZone(SWEDEN)), SWEDISH, messages),
				"attachments", documents.stream().filter(document -> document.role() == CaseDocument.Role.ATTACHMENT).toList(),
				"zone", SWEDEN));
		byte[] pdf = pdfs.render(templates.process(template, context));
		StoredDocument stored = store.store(pdf, PdfDocuments.MEDIA_TYPE);
		String filename = name + "-" + found.number().value() + ".pdf";
		Instant now = clock.instant();
		cases.attach(id, new CaseDocument(stored.id().sha256(), role, filename, PdfDocuments.MEDIA_TYPE, stored.size(), now));
		Case.Facts facts = found.facts();
		events.publishEvent(new CaseDocumentIssued(id, found.number(), facts.eserviceId(), facts.department(), facts.subject(),
				role, stored.id(), filename, facts.retention(), now));
	}
}
