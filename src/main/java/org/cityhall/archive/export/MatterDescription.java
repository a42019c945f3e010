package org.cityhall.archive.export;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.shared.LocalizedText;

/**
 * A matter's descriptive metadata in an export, as simple Dublin Core: its reference, its first
 * record's title in both languages, the city as creator, the period its records cover and their types.
 * The subject's name is not repeated here; it is in the records.
 */
final class MatterDescription {

	private final String matter;
	private final Set<String> types = new LinkedHashSet<>();
	private LocalizedText title;
	private Instant first;
	private Instant last;
	private int records;

	MatterDescription(String matter) {
		this.matter = matter;
	}

	void add(ArchivedRecord record) {
		records++;
		types.add(record.recordType());
		if (title == null && !record.disposed() && record.title() != null) {
			title = record.title();
		}
		if (first == null || record.occurredAt().isBefore(first)) {
			first = record.occurredAt();
		}
		if (last == null || record.occurredAt().isAfter(last)) {
			last = record.occurredAt();
		}
	}

	String dublinCore(String creator) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"")
				.append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
		if (!matter.isEmpty()) {
			element(xml, "dc:identifier", null, matter);
		}
		if (title != null) {
			element(xml, "dc:title", "sv", title.sv());
			element(xml, "dc:title", "en", title.en());
		}
		else {
			element(xml, "dc:title", "sv", matter.isEmpty() ? "Handlingar utan ärende" : "Ärende " + matter);
			element(xml, "dc:title", "en", matter.isEmpty() ? "Records without a matter" : "Matter " + matter);
		}
		element(xml, "dc:creator", null, creator);
		element(xml, "dc:date", null, first + "/" + last);
		for (String type : types) {
			element(xml, "dc:type", null, type);
		}
		element(xml, "dc:description", "en", records + (records == 1 ? " record" : " records"));
		return xml.append("</oai_dc:dc>\n").toString();
	}

	private static void element(StringBuilder xml, String name, String language, String text) {
		xml.append("  <").append(name);
		if (language != null) {
			xml.append(" xml:lang=\"").append(language).append('"');
		}
		xml.append('>').append(IndexPage.escape(text)).append("</").append(name).append(">\n");
	}
}
