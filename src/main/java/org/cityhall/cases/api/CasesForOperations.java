package org.cityhall.cases.api;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cityhall.audit.AuditLog;
import org.cityhall.cases.AnswersJson;
import org.cityhall.cases.Case;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseHandling;
import org.cityhall.cases.CaseLists;
import org.cityhall.cases.CaseMessage;
import org.cityhall.cases.CaseMessages;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.CaseSummary;
import org.cityhall.cases.Cases;
import org.cityhall.cases.Decision;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.forms.FormDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * What an operations system does with its department's cases: list an e-service's cases, read one in
 * full (a read of personal data, in the audit log), download its documents, report a status, write to
 * the applicant, decide. Every call is scoped to the client's department: another department's case is
 * not found. Input is checked here, so a bad value is named by its field before anything changes.
 */
@Service
public class CasesForOperations {

	/** The lines a list gives when the client asks for no number. */
	public static final int DEFAULT_LIMIT = 100;

	private static final Set<CaseStatus> REPORTABLE = EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS,
			CaseStatus.AWAITING_SUPPLEMENT, CaseStatus.CLOSED);
	private static final int TEXT_LIMIT = CaseMessage.LIMIT;
	private static final String ROLE = "operations-system";

	private final CaseLists lists;
	private final CaseHandling handling;
	private final CaseMessages messages;
	private final Cases cases;
	private final Catalogue catalogue;
	private final DocumentStore store;
	private final AuditLog audit;
	private final Clock clock;

	CasesForOperations(CaseLists lists, CaseHandling handling, CaseMessages messages, Cases cases, Catalogue catalogue,
			DocumentStore store, AuditLog audit, Clock clock) {
		this.lists = lists;
		this.handling = handling;
		this.messages = messages;
		this.cases = cases;
		this.catalogue = catalogue;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** A page of an e-service's cases, oldest first; another department's e-service has none. */
	public CaseResources.CaseList list(OperationsClient client, String eservice, String status, String after, String limit) {
		if (eservice == null || eservice.isBlank()) {
			throw ApiProblem.badInput("eservice", "eservice is required: the id of one of the department's e-services, "
					+ "such as heat-pump-licence");
		}
		if (catalogue.find(eservice).isEmpty()) {
			throw ApiProblem.badInput("eservice", "there is no e-service " + eservice);
		}
		Optional<CaseStatus> wanted = Optional.empty();
		if (status != null && !status.isBlank()) {
			wanted = CaseStatus.fromCode(status);
			if (wanted.isEmpty()) {
				throw ApiProblem.badInput("status", "status must be one of " + CaseResources.STATUSES + ", not " + status);
			}
		}
		Optional<CaseNumber> from = Optional.empty();
		if (after != null && !after.isBlank()) {
			from = CaseNumber.parse(after);
			if (from.isEmpty()) {
				throw ApiProblem.badInput("after", "after must be a case number such as HPL-2026-000123, not " + after);
			}
		}
		int size = limit(limit);
		Instant now = clock.instant();
		List<CaseSummary> found = lists.ofEservice(client.requireDepartment(), eservice, wanted, from, size);
		String next = found.size() < size ? null
				: UriComponentsBuilder.fromPath("/api/v1/cases").queryParam("eservice", eservice)
						.queryParamIfPresent("status", wanted.map(CaseStatus::code))
						.queryParam("after", found.get(found.size() - 1).number().value()).queryParam("limit", size)
						.encode().build().toUriString();
		return new CaseResources.CaseList(eservice, wanted.map(CaseStatus::code).orElse(null), found.size(),
				found.stream().map(summary -> CaseResources.line(summary, now)).toList(), next);
	}

	/** A case in full, with its answers, whole timeline and documents; recorded as a read of the applicant's data. */
	@Transactional
	public CaseResources.CaseDetail fetch(OperationsClient client, String number) {
		Case found = inDepartment(client, number);
		recordRead(client, found, "case-handling");
		EService eservice = catalogue.find(found.facts().eserviceId()).orElse(null);
		FormDefinition form = eservice == null ? new FormDefinition(List.of())
				: eservice.form().orElse(new FormDefinition(List.of()));
		JsonNode answers = AnswersJson.node(AnswersJson.read(cases.answersJson(found.id()), form.allFields()));
		return CaseResources.detail(found, answers, handling.timelineForStaff(found), handling.documents(found),
				clock.instant());
	}

	/** A document of the case, as it is kept. */
	public record Download(CaseDocument document, byte[] content) {
	}

	/** One of the case's documents; recorded as a read of the applicant's data. */
	@Transactional
	public Download document(OperationsClient client, String number, String sha256) {
		Case found = inDepartment(client, number);
		CaseDocument document = handling.documents(found).stream().filter(d -> d.sha256().equals(sha256)).findFirst()
				.orElseThrow(() -> ApiProblem.notFound("case " + found.number() + " has no document " + abbreviated(sha256)));
		byte[] content = store.content(new DocumentId(document.sha256()))
				.orElseThrow(() -> ApiProblem.notFound("the document " + document.sha256() + " is not in the store"));
		recordRead(client, found, "case-handling:document");
		return new Download(document, content);
	}

	/** Reports a status, moving the case as an officer's action would. */
	@Transactional
	public CaseResources.CaseState reportStatus(OperationsClient client, String number, CaseRequests.StatusChange change) {
		if (change.status() == null || change.status().isBlank()) {
			throw ApiProblem.badInput("status", "status is required: one of received, in-progress, awaiting-supplement, closed");
		}
		CaseStatus to = CaseStatus.fromCode(change.status()).filter(REPORTABLE::contains).orElseThrow(() -> ApiProblem
				.badInput("status", "status must be one of received, in-progress, awaiting-supplement, closed, not "
						+ change.status() + " (post a decision to decide; only the applicant withdraws)"));
		String text = optionalText("text", change.text(), TEXT_LIMIT);
		if (to == CaseStatus.AWAITING_SUPPLEMENT && text == null) {
			throw ApiProblem.badInput("text", "text is required with awaiting-supplement: what the applicant should supplement");
		}
		Case found = inDepartment(client, number);
		try {
			handling.reportStatus(client.requireDepartment(), client.asStaff(), found.number(), to, text);
		}
		catch (IllegalStateException ex) {
			throw ApiProblem.conflict(ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badInput("status", ex.getMessage());
		}
		return CaseResources.state(inDepartment(client, number));
	}

	/** Writes to the applicant in the case's thread; they are told as for any officer's message. */
	@Transactional
	public CaseResources.MessageJson post(OperationsClient client, String number, CaseRequests.NewMessage message) {
		String body = optionalText("body", message.body(), CaseMessage.LIMIT);
		if (body == null) {
			throw ApiProblem.badInput("body", "body is required: the message to the applicant");
		}
		Case found = inDepartment(client, number);
		CaseMessage posted;
		try {
			posted = messages.post(found, client.asStaff(), false, body, List.of());
		}
		catch (IllegalStateException ex) {
			throw ApiProblem.conflict(ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badInput("body", ex.getMessage());
		}
		return new CaseResources.MessageJson(posted.id().toString(), found.number().value(), posted.at(),
				posted.authorName(), posted.body());
	}

	/** Decides the case: the applicant sees the outcome and reasons, and gets the decision as a PDF. */
	@Transactional
	public CaseResources.CaseState decide(OperationsClient client, String number, CaseRequests.NewDecision decision) {
		if (decision.outcome() == null || decision.outcome().isBlank()) {
			throw ApiProblem.badInput("outcome", "outcome is required: granted, partly-granted or refused");
		}
		Decision.Outcome outcome = Decision.Outcome.fromCode(decision.outcome()).orElseThrow(() -> ApiProblem
				.badInput("outcome", "outcome must be granted, partly-granted or refused, not " + decision.outcome()));
		String reasons = optionalText("reasons", decision.reasons(), Decision.REASONS_LIMIT);
		if (reasons == null) {
			throw ApiProblem.badInput("reasons", "reasons are required: why the city decided so, for the applicant");
		}
		Case found = inDepartment(client, number);
		try {
			handling.decideFromOperations(client.requireDepartment(), client.asStaff(), found.number(),
					new Decision(outcome, reasons));
		}
		catch (IllegalStateException ex) {
			throw ApiProblem.conflict(ex.getMessage());
		}
		return CaseResources.state(inDepartment(client, number));
	}

	private Case inDepartment(OperationsClient client, String number) {
		String department = client.requireDepartment();
		return CaseNumber.parse(number).flatMap(parsed -> handling.inDepartmentIfAny(department, parsed))
				.orElseThrow(() -> ApiProblem.notFound("there is no case " + abbreviated(number) + " in department "
						+ department));
	}

	private void recordRead(OperationsClient client, Case found, String purpose) {
		String actorId = client.asStaff().id();
		audit.recordRead(new AuditLog.Read(actorId, client.name(), ROLE, found.facts().subject().id(),
				"case:" + found.number().value(), purpose, "api"));
		if (!found.facts().applicant().id().equals(found.facts().subject().id())) {
			audit.recordRead(new AuditLog.Read(actorId, client.name(), ROLE, found.facts().applicant().id(),
					"case:" + found.number().value(), purpose, "api"));
		}
	}

	private static int limit(String limit) {
		if (limit == null || limit.isBlank()) {
			return DEFAULT_LIMIT;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= CaseLists.LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ApiProblem.badInput("limit", "limit must be a whole number from 1 to " + CaseLists.LIMIT + ", not "
				+ abbreviated(limit));
	}

	/** The text stripped, or null when none was given; too long or with a NUL character is bad input. */
	static String optionalText(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.indexOf('\u0000') >= 0) {
			throw ApiProblem.badInput(field, field + " contains a NUL character");
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw ApiProblem.badInput(field, field + " is at most " + max + " characters, not " + stripped.length());
		}
		return stripped;
	}

	static String abbreviated(String value) {
		if (value == null) {
			return "";
		}
		String clean = value.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
	}
}
