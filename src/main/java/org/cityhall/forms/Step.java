package org.cityhall.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;

/**
 * One page of a form: a title and the fields asked on it. A step with a {@code showIf} condition
 * is only asked when the condition holds for the answers given in earlier steps.
 */
public record Step(String id, LocalizedText title, Optional<Condition> showIf, List<Field> fields) {

	public Step {
		Objects.requireNonNull(id, "a step's id is required");
		Objects.requireNonNull(title, "a step's title is required");
		Objects.requireNonNull(showIf, "showIf is required, empty when always shown");
		fields = List.copyOf(Objects.requireNonNull(fields, "fields are required"));
	}

	/** Whether the step is asked, given the answers to earlier steps. */
	public boolean isShown(Answers earlier, LocalDate today) {
		return showIf.map(condition -> condition.evaluate(earlier, today)).orElse(true);
	}
}
