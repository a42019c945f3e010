package org.cityhall.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Accepted answers by field id, each a typed value: {@code String} for text, choices, e-mail,
 * phone, address and property designation; {@code BigDecimal} for numbers; {@code LocalDate} for
 * dates; {@code Boolean} for yes/no and declarations; {@code List<String>} for multiple choices and
 * file references; {@code PersonalIdentityNumber} and {@code OrganisationNumber}; and for a
 * repeating group a {@code List<Answers>}, one per item.
 */
public record Answers(Map<String, Object> values) {

	/** No answers. */
	public static final Answers NONE = new Answers(Map.of());

	public Answers {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		values.forEach((id, value) -> Objects.requireNonNull(value, "the answer to " + id + " is null"));
	}

	/** The answers with one more, or one replaced. */
	public Answers with(String fieldId, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(values);
		more.put(fieldId, value);
		return new Answers(more);
	}

	/** These answers and the others; the others win where both answer a field. */
	public Answers and(Answers others) {
		Map<String, Object> all = new LinkedHashMap<>(values);
		all.putAll(others.values);
		return new Answers(all);
	}

	/** The answer to a field, if it was answered. */
	public Optional<Object> get(String fieldId) {
		return Optional.ofNullable(values.get(fieldId));
	}

	/** Whether the field was answered. */
	public boolean isAnswered(String fieldId) {
		return values.containsKey(fieldId);
	}
}
