package org.cityhall.forms;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with the answer to a field: the message key (in {@code i18n/forms_*.properties},
 * or {@code shared_*.properties} for identity and organisation numbers) and its arguments. For a
 * field of a repeating group the id names the item: {@code owners[1].name}.
 */
public record FieldError(String fieldId, String messageKey, List<Object> arguments) {

	public FieldError {
		Objects.requireNonNull(fieldId);
		Objects.requireNonNull(messageKey);
		arguments = List.copyOf(arguments);
	}

	/** The id of the element to link to from the error summary: {@code owners[1].name} becomes {@code owners-1-name}. */
	public String anchor() {
		return fieldId.replace("[", "-").replace("]", "").replace('.', '-');
	}

	static FieldError of(String fieldId, String messageKey, Object... arguments) {
		return new FieldError(fieldId, messageKey, List.of(arguments));
	}
}
