package org.cityhall.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The form of an e-service: its steps, in the order they are filled in. */
public record FormDefinition(List<Step> steps) {

	public FormDefinition {
		steps = List.copyOf(Objects.requireNonNull(steps, "steps are required"));
	}

	/** The step with the given id, if there is one. */
	public Optional<Step> step(String id) {
		return steps.stream().filter(step -> step.id().equals(id)).findFirst();
	}

	/** Every field of every step, in order, the fields of repeating groups included after their group. */
	public List<Field> allFields() {
		List<Field> all = new ArrayList<>();
		for (Step step : steps) {
			for (Field field : step.fields()) {
				all.add(field);
				all.addAll(field.children());
			}
		}
		return List.copyOf(all);
	}

	/** The field with the given id in any step, if there is one. */
	public Optional<Field> field(String id) {
		return allFields().stream().filter(field -> field.id().equals(id)).findFirst();
	}
}
