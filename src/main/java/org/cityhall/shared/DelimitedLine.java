package org.cityhall.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a delimited text file as the city's administrations and operations systems write them
 * (CSV with {@code ,} or {@code ;}): fields split at the separator, a field may be put in double quotes
 * to hold the separator, a quote inside written twice. White space before an opening quote is dropped;
 * other white space is kept for the caller to judge.
 */
public final class DelimitedLine {

	private DelimitedLine() {
	}

	/** The line's fields, or empty when a quote is left open. */
	public static Optional<List<String>> fields(String line, char separator) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				field.setLength(0);
				quoted = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			return Optional.empty();
		}
		fields.add(field.toString());
		return Optional.of(fields);
	}
}
