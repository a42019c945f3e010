package org.cityhall.archive.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cityhall.archive.ArchivedRecord;

/**
 * A package's readable index, {@code documentation/index.html}: one row per record with its time,
 * type, matter, title in both languages and links to its JSON and its documents, so whoever opens the
 * package (a resident with their own records) can read it without tools. Written row by row as the
 * records come.
 */
final class IndexPage implements AutoCloseable {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.withZone(ZoneId.of("Europe/Stockholm"));
	private static final String DATA = "../representations/rep1/data/";

	private final BufferedWriter out;

	IndexPage(Path file, String label) throws IOException {
		this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		out.write("<!DOCTYPE html>\n<html lang=\"sv\">\n<head><meta charset=\"utf-8\"><title>" + escape(label) + "</title></head>\n<body>\n");
		out.write("<h1>" + escape(label) + "</h1>\n");
		out.write("<p>Handlingarna i paketet, äldst först. <span lang=\"en\">The records in the package, oldest first.</span></p>\n");
		out.write("<table>\n<thead><tr><th>Nummer / Number</th><th>Tid / Time</th><th>Typ / Type</th><th>Ärende / Matter</th>"
				+ "<th>Handling / Record</th><th>Dokument / Documents</th></tr></thead>\n<tbody>\n");
	}

	void add(ArchivedRecord record, List<String> documentFiles) throws IOException {
		out.write("<tr><td><a href=\"" + DATA + "records/" + RecordFiles.name(record) + "\">" + record.sequence() + "</a></td>");
		out.write("<td>" + TIME.format(record.occurredAt()) + "</td><td>" + escape(record.recordType()) + "</td>");
		out.write("<td>" + escape(record.matter().orElse("")) + "</td><td>");
		if (record.disposed()) {
			out.write("Gallrad / Disposed of: " + escape(record.disposal().orElse("")));
		}
		else if (record.title() != null) {
			out.write(escape(record.title().sv()) + "<br><span lang=\"en\">" + escape(record.title().en()) + "</span>");
		}
		out.write("</td><td>");
		for (String file : documentFiles) {
			out.write("<a href=\"" + DATA + "documents/" + file + "\">" + escape(file.substring(file.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT))
					+ "</a> ");
		}
		out.write("</td></tr>\n");
	}

	@Override
	public void close() throws IOException {
		out.write("</tbody>\n</table>\n</body>\n</html>\n");
		out.close();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
