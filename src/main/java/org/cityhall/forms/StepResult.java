package org.cityhall.forms;

import java.util.List;
import java.util.Map;

/**
 * The outcome of validating a step: the answers accepted, the errors at their fields, and what
 * was typed, unchanged, so the page can show it again.
 */
public record StepResult(Answers accepted, List<FieldError> errors, Map<String, List<String>> typed) {

	public StepResult {
		errors = List.copyOf(errors);
		typed = Map.copyOf(typed);
	}

	/** Whether every answer was accepted. */
	public boolean isValid() {
		return errors.isEmpty();
	}

	/** The first error at a field, if any. */
	public java.util.Optional<FieldError> errorAt(String fieldId) {
		return errors.stream().filter(error -> error.fieldId().equals(fieldId)).findFirst();
	}
}
