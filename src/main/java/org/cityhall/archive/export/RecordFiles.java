package org.cityhall.archive.export;

import java.util.Locale;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.Party;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a record and its documents are named and written in an export: the record as JSON with its
 * place in the chain and its content, the event's canonical JSON, as it was filed.
 */
final class RecordFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RecordFiles() {
	}

	/** {@code 000000000042-cases.submitted.json}: sorted by sequence in any file listing. */
	static String name(ArchivedRecord record) {
		return String.format(Locale.ROOT, "%012d-%s.json", record.sequence(), record.recordType());
	}

	static String documentName(DocumentId document, String mediaType) {
		return document.sha256() + "." + extension(mediaType);
	}

	static String json(ArchivedRecord record) {
		ObjectNode node = JSON.createObjectNode();
		node.put("id", record.id().toString());
		node.put("sequence", record.sequence());
		node.put("recordType", record.recordType());
		node.put("sourceModule", record.sourceModule());
		node.put("occurredAt", String.valueOf(record.occurredAt()));
		node.put("filedAt", String.valueOf(record.filedAt()));
		record.matter().ifPresent(matter -> node.put("matter", matter));
		record.subject().ifPresent(subject -> node.set("subject", party(subject)));
		if (record.title() != null) {
			node.put("titleSv", record.title().sv());
			node.put("titleEn", record.title().en());
		}
		record.department().ifPresent(department -> node.put("department", department));
		if (record.retention() != null) {
			node.put("retention", record.retention().code());
		}
		if (record.audience() != null) {
			node.put("audience", record.audience().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		node.put("closesMatter", record.closesMatter());
		ArrayNode documents = node.putArray("documents");
		record.documents().forEach(document -> documents.add(document.sha256()));
		node.put("hash", record.hash());
		record.disposal().ifPresent(disposal -> node.put("disposal", disposal));
		record.content().ifPresent(content -> node.set("content", JSON.readTree(content)));
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
	}

	private static JsonNode party(Party party) {
		ObjectNode node = JSON.createObjectNode();
		node.put("id", party.id());
		node.put("name", party.displayName());
		return node;
	}

	private static String extension(String mediaType) {
		String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
		int parameters = type.indexOf(';');
		if (parameters >= 0) {
			type = type.substring(0, parameters).strip();
		}
		return switch (type) {
			case "application/pdf" -> "pdf";
			case "image/png" -> "png";
			case "image/jpeg" -> "jpg";
			case "image/svg+xml" -> "svg";
			case "text/plain" -> "txt";
			case "application/json" -> "json";
			case "application/xml", "text/xml" -> "xml";
			default -> "bin";
		};
	}
}
