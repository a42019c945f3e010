package org.cityhall.cases.api.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.cases.CaseMessagePosted;
import org.cityhall.cases.CaseStatusChanged;
import org.cityhall.cases.CaseSubmitted;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case event as operations systems receive it, by webhook and by message broker alike. The JSON carries
 * no personal data — no names, numbers or texts — only what happened to which case; a receiver fetches
 * the case through the API for more. Its id is the event's own, the same on every retry, so a receiver
 * recognises a repeat.
 *
 * @param type {@code case-submitted}, {@code case-status-changed} or {@code case-message-posted}
 * @param payload the JSON, exactly as it is signed and sent
 */
public record OutgoingEvent(UUID id, String type, Instant occurredAt, String department, String eserviceId,
		String caseNumber, String payload) {

	public static final String SUBMITTED = "case-submitted";
	public static final String STATUS_CHANGED = "case-status-changed";
	public static final String MESSAGE_POSTED = "case-message-posted";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public OutgoingEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(department, "department");
		Objects.requireNonNull(eserviceId, "eserviceId");
		Objects.requireNonNull(caseNumber, "caseNumber");
		Objects.requireNonNull(payload, "payload");
	}

	/** The broker's routing key: {@code <department>.<eservice>.<event type>}. */
	public String routingKey() {
		return department + "." + eserviceId + "." + type;
	}

	static OutgoingEvent of(CaseSubmitted submitted) {
		ObjectNode json = common(submitted.eventId(), SUBMITTED, submitted.at(), submitted.department(),
				submitted.eserviceId(), submitted.number().value());
		json.put("status", "submitted");
		json.put("channel", submitted.channel().definitionName());
		return event(submitted.eventId(), SUBMITTED, submitted.at(), submitted.department(), submitted.eserviceId(),
				submitted.number().value(), links(json, submitted.number().value()));
	}

	static OutgoingEvent of(CaseStatusChanged changed) {
		ObjectNode json = common(changed.eventId(), STATUS_CHANGED, changed.at(), changed.department(),
				changed.eserviceId(), changed.number().value());
		json.put("status", changed.to().code());
		json.put("previousStatus", changed.from().code());
		changed.outcome().ifPresent(outcome -> json.put("outcome", outcome.code()));
		return event(changed.eventId(), STATUS_CHANGED, changed.at(), changed.department(), changed.eserviceId(),
				changed.number().value(), links(json, changed.number().value()));
	}

	static OutgoingEvent of(CaseMessagePosted posted) {
		ObjectNode json = common(posted.eventId(), MESSAGE_POSTED, posted.at(), posted.department(), posted.eserviceId(),
				posted.number().value());
		json.put("messageId", posted.messageId().toString());
		json.put("fromApplicant", posted.fromApplicant());
		return event(posted.eventId(), MESSAGE_POSTED, posted.at(), posted.department(), posted.eserviceId(),
				posted.number().value(), links(json, posted.number().value()));
	}

	private static ObjectNode common(UUID id, String type, Instant at, String department, String eservice, String number) {
		ObjectNode json = JSON.createObjectNode();
		json.put("id", id.toString());
		json.put("type", type);
		json.put("occurredAt", at.toString());
		json.put("department", department);
		json.put("eservice", eservice);
		json.put("caseNumber", number);
		return json;
	}

	private static ObjectNode links(ObjectNode json, String number) {
		json.putObject("links").put("case", "/api/v1/cases/" + number);
		return json;
	}

	private static OutgoingEvent event(UUID id, String type, Instant at, String department, String eservice,
			String number, ObjectNode json) {
		return new OutgoingEvent(id, type, at, department, eservice, number, JSON.writeValueAsString(json));
	}
}
