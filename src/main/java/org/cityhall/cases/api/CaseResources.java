package org.cityhall.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.cityhall.cases.Case;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.CaseSummary;
import org.cityhall.cases.TimelineEntry;
import org.cityhall.shared.Party;
import tools.jackson.databind.JsonNode;

/** What the cases API answers, as JSON: lists of cases, one case in full, and what a change made of it. */
final class CaseResources {

	static final String BASE = "/api/v1/cases/";
	static final String STATUSES = "submitted, received, in-progress, awaiting-supplement, decided, closed, withdrawn";

	private CaseResources() {
	}

	@Schema(description = "A page of an e-service's cases, oldest submitted first")
	record CaseList(String eservice, @Schema(nullable = true) String status, int count, List<CaseLine> cases,
			@Schema(description = "The next page, when this one is full", nullable = true) String next) {
	}

	@Schema(description = "A case in a list: no personal data; fetch the case for the applicant and answers")
	record CaseLine(String number, String eservice,
			@Schema(allowableValues = {"submitted", "received", "in-progress", "awaiting-supplement", "decided", "closed",
					"withdrawn"}) String status,
			Instant submittedAt, Instant dueAt, boolean overdue,
			@Schema(allowableValues = {"web", "phone", "email", "paper"}) String channel, Staff assignedTo, Links links) {
	}

	@Schema(description = "A case in full, as the department's officers see it")
	record CaseDetail(String number, String eservice, String definitionVersion, String department, String kind,
			String channel, String status, Instant submittedAt, Instant dueAt, boolean overdue, PartyJson applicant,
			PartyJson subject,
			@Schema(allowableValues = {"self", "guardian", "consent", "signatory", "staff"}) String representation,
			@Schema(description = "The member of staff who registered a paper, phone or e-mail application") String registeredBy,
			@Schema(description = "The address an applicant without login gave") String contactEmail,
			Staff assignedTo, DecisionJson decision,
			@Schema(description = "SHA-256 printed on the applicant's receipt") String checksum,
			@Schema(description = "The answers by field id, in the form's order: dates as 2026-05-01, numbers as "
					+ "numbers, identity and organisation numbers as digits, choices as their values, files as their "
					+ "SHA-256, a repeating group as an array of objects", type = "object") JsonNode answers,
			List<TimelineLine> timeline, List<DocumentJson> documents, Links links) {
	}

	@Schema(description = "A person, organisation, visitor, member of staff or applicant without login")
	record PartyJson(@Schema(allowableValues = {"person", "organisation", "visitor", "staff", "anonymous"}) String type,
			@Schema(description = "12-digit personal identity number, organisation number, e-mail, staff id or reference") String id,
			String name) {
	}

	record Staff(String id, String name) {
	}

	record DecisionJson(@Schema(allowableValues = {"granted", "partly-granted", "refused"}) String outcome, String reasons,
			Instant decidedAt) {
	}

	@Schema(description = "A line of the case's timeline; lines with audience staff never reach the applicant")
	record TimelineLine(Instant at,
			@Schema(allowableValues = {"submitted", "received", "handling-started", "supplement-requested", "supplemented",
					"decided", "closed", "withdrawn", "assigned", "note", "status-from-operations"}) String what,
			@Schema(allowableValues = {"applicant", "staff"}) String audience, PartyJson actor, String status, String text) {
	}

	record DocumentJson(String sha256,
			@Schema(allowableValues = {"attachment", "receipt", "supplement", "decision"}) String role, String filename,
			String mediaType, long size, Instant addedAt, @Schema(description = "Where to download it") String href) {
	}

	record Links(String self, String documents, String status, String messages, String decision) {
	}

	@Schema(description = "The case after a change")
	record CaseState(String number, String status, DecisionJson decision, Links links) {
	}

	@Schema(description = "A message written in the case's thread")
	record MessageJson(String id, String caseNumber, Instant at, String authorName, String body) {
	}

	static CaseLine line(CaseSummary summary, Instant now) {
		return new CaseLine(summary.number().value(), summary.eserviceId(), summary.status().code(), summary.submittedAt(),
				summary.dueAt().orElse(null), summary.isOverdue(now), summary.channel().definitionName(),
				summary.assignedTo().map(id -> new Staff(id, summary.assignedName().orElse(id))).orElse(null),
				links(summary.number().value()));
	}

	static CaseDetail detail(Case found, JsonNode answers, List<TimelineEntry> timeline, List<CaseDocument> documents,
			Instant now) {
		Case.Facts facts = found.facts();
		String number = found.number().value();
		return new CaseDetail(number, facts.eserviceId(), facts.definitionVersion(), facts.department(), facts.kind(),
				facts.channel().definitionName(), found.status().code(), facts.submittedAt(), facts.dueAt().orElse(null),
				found.isOverdue(now), party(facts.applicant()), party(facts.subject()), code(facts.representation().name()),
				facts.registeredBy().orElse(null), facts.contactEmail().orElse(null),
				found.assignedTo().map(staff -> new Staff(staff.id(), staff.displayName())).orElse(null), decision(found),
				facts.checksum(), answers, timeline.stream().map(CaseResources::timelineLine).toList(),
				documents.stream().map(document -> document(number, document)).toList(), links(number));
	}

	static CaseState state(Case found) {
		return new CaseState(found.number().value(), found.status().code(), decision(found), links(found.number().value()));
	}

	static Links links(String number) {
		String self = BASE + number;
		return new Links(self, self + "/documents", self + "/status", self + "/messages", self + "/decision");
	}

	static PartyJson party(Party party) {
		String type;
		if (party instanceof Party.Person) {
			type = "person";
		}
		else if (party instanceof Party.Organisation) {
			type = "organisation";
		}
		else if (party instanceof Party.Visitor) {
			type = "visitor";
		}
		else if (party instanceof Party.Anonymous) {
			type = "anonymous";
		}
		else {
			type = "staff";
		}
		return new PartyJson(type, party.id(), party.displayName());
	}

	private static DecisionJson decision(Case found) {
		return found.decision().map(decision -> new DecisionJson(decision.outcome().code(), decision.reasons(),
				found.decidedAt().orElse(null))).orElse(null);
	}

	private static TimelineLine timelineLine(TimelineEntry entry) {
		return new TimelineLine(entry.at(), entry.what().code(), code(entry.audience().name()), party(entry.actor()),
				entry.status().map(CaseStatus::code).orElse(null), entry.text().orElse(null));
	}

	private static DocumentJson document(String number, CaseDocument document) {
		return new DocumentJson(document.sha256(), code(document.role().name()), document.filename(), document.mediaType(),
				document.size(), document.addedAt(), BASE + number + "/documents/" + document.sha256());
	}

	private static String code(String name) {
		return name.toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
