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

	/** The option sources the form's choice fields name, if any. */
	public java.util.Set<OptionSource.Reference> optionSources() {
		java.util.Set<OptionSource.Reference> sources = new java.util.LinkedHashSet<>();
		allFields().forEach(field -> field.optionsFrom().ifPresent(sources::add));
		return sources;
	}

	/**
	 * This form with the options of each field that names a source filled in from it; the form itself when
	 * no field names one.
	 */
	public FormDefinition withOptionsFrom(java.util.function.Function<OptionSource.Reference, List<Option>> sources) {
		if (optionSources().isEmpty()) {
			return this;
		}
		List<Step> filled = new ArrayList<>();
		for (Step step : steps) {
			filled.add(new Step(step.id(), step.title(), step.showIf(), fill(step.fields(), sources)));
		}
		return new FormDefinition(filled);
	}

	private static List<Field> fill(List<Field> fields, java.util.function.Function<OptionSource.Reference, List<Option>> sources) {
		List<Field> filled = new ArrayList<>();
		for (Field field : fields) {
			Field withChildren = field.children().isEmpty() ? field : field.withChildren(fill(field.children(), sources));
			filled.add(field.optionsFrom().isPresent()
					? new Field(withChildren.id(), withChildren.type(), withChildren.label(), withChildren.hint(),
							withChildren.required(), withChildren.showIf(), withChildren.requiredIf(), withChildren.rules(),
							sources.apply(field.optionsFrom().get()), withChildren.children(), withChildren.prefill(),
							withChildren.optionsFrom())
					: withChildren);
		}
		return filled;
	}

	/** The field with the given id in any step, if there is one. */
	public Optional<Field> field(String id) {
		return allFields().stream().filter(field -> field.id().equals(id)).findFirst();
	}
}
