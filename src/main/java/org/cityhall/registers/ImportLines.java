package org.cityhall.registers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import file read into numbered lines of named fields: CSV (UTF-8, a byte order mark allowed, fields
 * separated by {@code ;} or {@code ,} as the header line shows, a field in double quotes may hold the
 * separator, a quote inside written twice) or a GeoJSON FeatureCollection of points, whose properties
 * become the fields and whose coordinates become {@code longitude} and {@code latitude}.
 */
final class ImportLines {

	record Line(int number, Map<String, String> fields) {

		String get(String field) {
			String value = fields.get(field);
			return value == null ? "" : value.trim();
		}
	}

	record Read(List<String> header, List<Line> lines, List<ImportProblem> problems) {
	}

	private ImportLines() {
	}

	static Read read(String fileName, byte[] content, JsonMapper json) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String trimmed = text.stripLeading();
		if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".geojson") || trimmed.startsWith("{")) {
			return geoJson(trimmed, json);
		}
		return csv(text);
	}

	private static Read csv(String text) {
		String[] rows = text.split("\r?\n", -1);
		if (rows.length == 0 || rows[0].isBlank()) {
			return new Read(List.of(), List.of(), List.of(ImportProblem.of(0, "", "empty")));
		}
		char separator = rows[0].indexOf(';') >= 0 ? ';' : ',';
		List<String> header = split(rows[0], separator).stream().map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)).toList();
		List<Line> lines = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		for (int i = 1; i < rows.length; i++) {
			if (rows[i].isBlank()) {
				continue;
			}
			List<String> values = split(rows[i], separator);
			if (values == null) {
				problems.add(ImportProblem.of(i + 1, "", "unclosed-quote"));
				continue;
			}
			if (values.size() != header.size()) {
				problems.add(ImportProblem.of(i + 1, "", "field-count", header.size(), values.size()));
				continue;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (int k = 0; k < header.size(); k++) {
				fields.put(header.get(k), values.get(k));
			}
			lines.add(new Line(i + 1, fields));
		}
		return new Read(header, lines, problems);
	}

	/** The fields of one CSV line; null when a quote is not closed. */
	private static List<String> split(String row, char separator) {
		return org.cityhall.shared.DelimitedLine.fields(row, separator).orElse(null);
	}

	private static Read geoJson(String text, JsonMapper json) {
		JsonNode root;
		try {
			root = json.readTree(text);
		}
		catch (RuntimeException e) {
			return new Read(List.of(), List.of(), List.of(ImportProblem.of(0, "", "not-geojson")));
		}
		if (!"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
			return new Read(List.of(), List.of(), List.of(ImportProblem.of(0, "type", "not-feature-collection")));
		}
		List<Line> lines = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		java.util.Set<String> header = new java.util.LinkedHashSet<>();
		int number = 0;
		for (JsonNode feature : root.get("features")) {
			number++;
			JsonNode geometry = feature.path("geometry");
			JsonNode coordinates = geometry.path("coordinates");
			if (!"Point".equals(geometry.path("type").asString("")) || coordinates.size() < 2 || !coordinates.get(0).isNumber()
					|| !coordinates.get(1).isNumber()) {
				problems.add(ImportProblem.of(number, "geometry", "not-a-point"));
				continue;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> property : feature.path("properties").properties()) {
				fields.put(property.getKey().toLowerCase(java.util.Locale.ROOT),
						property.getValue().isNull() ? "" : property.getValue().asString());
			}
			fields.put("longitude", coordinates.get(0).asString());
			fields.put("latitude", coordinates.get(1).asString());
			header.addAll(fields.keySet());
			lines.add(new Line(number, fields));
		}
		return new Read(List.copyOf(header), lines, problems);
	}
}
