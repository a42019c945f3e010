package org.cityhall.archive.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * JSON in one canonical form: object keys sorted by their UTF-16 code units, no whitespace,
 * strings escaped only where JSON requires it (quotes, backslashes, control characters), numbers as
 * Jackson prints them. The same tree always gives the same text, whatever order its keys came in, so
 * a record's content can be hashed and checked again by anyone who writes JSON the same way.
 */
public final class CanonicalJson {

	private CanonicalJson() {
	}

	/** The tree in canonical form. */
	public static String of(JsonNode node) {
		StringBuilder out = new StringBuilder(256);
		write(node, out);
		return out.toString();
	}

	private static void write(JsonNode node, StringBuilder out) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			out.append("null");
		}
		else if (node.isObject()) {
			List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
			Collections.sort(fields, Map.Entry.comparingByKey());
			out.append('{');
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				string(fields.get(i).getKey(), out);
				out.append(':');
				write(fields.get(i).getValue(), out);
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(node.get(i), out);
			}
			out.append(']');
		}
		else if (node.isString()) {
			string(node.asString(), out);
		}
		else if (node.isBinary()) {
			string(node.asString(), out);
		}
		else {
			// numbers and booleans: Jackson's own JSON for them, which has no whitespace
			out.append(node.toString());
		}
	}

	/** A JSON string: quoted, with quotes, backslashes and control characters escaped. */
	public static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}
}
