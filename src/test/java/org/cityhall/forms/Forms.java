package org.cityhall.forms;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;

/** Small builders for the forms tests. */
final class Forms {

	private Forms() {
	}

	static LocalizedText text(String english) {
		return new LocalizedText(english + " (sv)", english);
	}

	static Field field(String id, FieldType type) {
		return Field.of(id, type, text(id), false);
	}

	static Field required(String id, FieldType type) {
		return Field.of(id, type, text(id), true);
	}

	static Field choice(String id, FieldType type, String... values) {
		return required(id, type).withOptions(Arrays.stream(values).map(value -> new Option(value, text(value))).toList());
	}

	static Step step(Field... fields) {
		return new Step("step", text("Step"), Optional.empty(), List.of(fields));
	}

	/** Parameters from pairs of name and value; a name given twice gets both values. */
	static Map<String, List<String>> typed(String... namesAndValues) {
		Map<String, List<String>> typed = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			typed.merge(namesAndValues[i], List.of(namesAndValues[i + 1]),
					(a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
		}
		return typed;
	}
}
