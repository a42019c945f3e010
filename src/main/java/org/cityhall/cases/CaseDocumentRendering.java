package org.cityhall.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a case's PDF/A documents just after the commit that made them due: the receipt once the case
 * is submitted, the decision once it is decided. The receipt page never waits for them; a crash before
 * they are made leaves the event in the publication registry, and they are made when it is resubmitted.
 * Each is kept in the document store and listed among the case's documents, once, and filed in the
 * e-archive by the {@link CaseDocumentIssued} published with it.
 * <p>
 * Rendering is the heaviest work a submission leaves behind, and all of it is processor time: it runs on
 * an executor of its own with few threads ({@code cityhall.documents.rendering-threads}, one by default)
 * at the lowest scheduling priority, so that a burst of submissions makes receipts wait in a queue rather
 * than take cores from the pages and submissions being answered. The listeners are what {@link org.springframework.modulith.events.ApplicationModuleListener}
 * stands for (after the commit, asynchronously, in a transaction of their own, kept in the publication
 * registry until done) with that executor named.
 */
@Component
class CaseDocumentRendering {

	/** The executor rendering runs on. */
	static final String EXECUTOR = "caseDocumentRenderingExecutor";

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

	@Async(EXECUTOR)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(CaseSubmitted submitted) {
		render(submitted.caseId(), "cases/pdf/receipt", CaseDocument.Role.RECEIPT, "receipt");
	}

	@Async(EXECUTOR)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
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
		// What the handler said happens next, in the document's language; the receipt falls back to the handling time.
		String whatHappensNext = cases.whatHappensNext(id).map(next -> next.in(SWEDISH)).orElse(null);
		Map<String, Object> variables = new HashMap<>(Map.of("case", found, "eservice", eservice, "decidedBy", decidedBy,
				"sections", CaseAnswers.sections(form, answers, documents, LocalDate.now(clock.withZone(SWEDEN)), SWEDISH, messages),
				"attachments", documents.stream().filter(document -> document.role() == CaseDocument.Role.ATTACHMENT).toList(),
				"zone", SWEDEN));
		variables.put("whatHappensNext", whatHappensNext);
		Context context = new Context(SWEDISH, variables);
		byte[] pdf = pdfs.render(templates.process(template, context));
		StoredDocument stored = store.store(pdf, PdfDocuments.MEDIA_TYPE);
		String filename = name + "-" + found.number().value() + ".pdf";
		Instant now = clock.instant();
		cases.attach(id, new CaseDocument(stored.id().sha256(), role, filename, PdfDocuments.MEDIA_TYPE, stored.size(), now));
		Case.Facts facts = found.facts();
		events.publishEvent(new CaseDocumentIssued(id, found.number(), facts.eserviceId(), facts.department(), facts.subject(),
				role, stored.id(), filename, facts.retention(), now));
	}

	/**
	 * Few threads, at the lowest scheduling priority ({@link LowPriorityThreads}), and a queue that takes
	 * whatever comes: nothing is lost while it waits (the publication stays in the registry until the
	 * document is made), and a restart hands the rest out again.
	 */
	@Bean(EXECUTOR)
	static ThreadPoolTaskExecutor caseDocumentRenderingExecutor(
			@Value("${cityhall.documents.rendering-threads:1}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutorBuilder().corePoolSize(threads).maxPoolSize(threads)
				.awaitTermination(true).awaitTerminationPeriod(Duration.ofSeconds(30)).build();
		executor.setThreadFactory(new LowPriorityThreads("case-documents-"));
		return executor;
	}
}
