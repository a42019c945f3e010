package org.cityhall.identity.registers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an extract file: UTF-8 text, one record a line, fields separated by {@code ;}, a header
 * line first. A field may be put in double quotes to hold a {@code ;}, a double quote inside it
 * written twice. Blank lines are skipped. What cannot be read is reported, with its line, to the
 * problems; a line with bytes that are not UTF-8 is found by the replacement character a decoder
 * puts there.
 */
final class CsvLines {

	static final char SEPARATOR = ';';
	static final int MAX_FIELD_LENGTH = 200;
	/** What a decoder puts for bytes that are not UTF-8. */
	static final char NOT_UTF_8 = '\uFFFD';

	private CsvLines() {
	}

	/** One line of data: its number in the file (the header is line 1) and its fields. */
	record Line(int number, List<String> fields) {
	}

	/**
	 * Reads the file, checks its header and hands each data line with the header's number of
	 * fields to the consumer.
	 *
	 * @return the number of data lines, good or bad
	 */
	static int read(String file, Reader reader, List<String> header, Problems problems, Consumer<Line> lines) {
		BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
		int number = 0;
		int dataLines = 0;
		boolean headerSeen = false;
		try {
			String text;
			while ((text = buffered.readLine()) != null) {
				number++;
				if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
					text = text.substring(1);
				}
				if (text.isBlank()) {
					continue;
				}
				if (text.indexOf(NOT_UTF_8) >= 0) {
					problems.add(file, number, null, "is not UTF-8 text");
					if (!headerSeen) {
						return 0;
					}
					dataLines++;
					continue;
				}
				List<String> fields = split(text);
				if (fields == null) {
					problems.add(file, number, null, "a quoted field is not closed");
					if (!headerSeen) {
						return 0;
					}
					dataLines++;
					continue;
				}
				if (!headerSeen) {
					headerSeen = true;
					if (!fields.stream().map(String::strip).toList().equals(header)) {
						problems.add(file, number, null, "the header must be '" + String.join(";", header) + "'");
						return 0;
					}
					continue;
				}
				dataLines++;
				if (fields.size() != header.size()) {
					problems.add(file, number, null, "has " + fields.size() + " fields; the header has " + header.size());
					continue;
				}
				lines.accept(new Line(number, fields.stream().map(String::strip).toList()));
			}
		}
		catch (CharacterCodingException notUtf8) {
			problems.add(file, number + 1, null, "is not UTF-8 text");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read " + file, ex);
		}
		if (!headerSeen) {
			problems.add(file, 0, null, "is empty; it needs at least the header '" + String.join(";", header) + "'");
		}
		return dataLines;
	}

	/** The fields of a line, or {@code null} if a quote is not closed. */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean inQuotes = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (inQuotes) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					inQuotes = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank() && !quoted) {
				field.setLength(0);
				quoted = true;
				inQuotes = true;
			}
			else if (c == SEPARATOR) {
				fields.add(field.toString());
				field.setLength(0);
				quoted = false;
			}
			else {
				field.append(c);
			}
		}
		if (inQuotes) {
			return null;
		}
		fields.add(field.toString());
		return fields;
	}
}
