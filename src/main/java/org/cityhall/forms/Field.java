package org.cityhall.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;

/**
 * One question of a form.
 *
 * @param id unique in the form, the name conditions refer to it by
 * @param showIf when present, the field is asked (and validated and kept) only when it holds
 * @param requiredIf when present, the field is required when it holds, whatever {@code required} says
 * @param options the choices of a single or multiple choice field; empty for other types
 * @param children the fields of each item of a repeating group; empty for other types
 * @param prefill where the field's first value comes from, if the city already knows it; {@code cases} fills it in
 * @param optionsFrom for a choice field whose options are the city's current ones (its pre-schools, its
 *        courses), the {@link OptionSource} that gives them; its options are then empty as written and filled
 *        in from the source when the form is used ({@link FormDefinition#withOptionsFrom})
 */
public record Field(String id, FieldType type, LocalizedText label, Optional<LocalizedText> hint, boolean required,
		Optional<Condition> showIf, Optional<Condition> requiredIf, FieldRules rules, List<Option> options,
		List<Field> children, Optional<Prefill> prefill, Optional<OptionSource.Reference> optionsFrom) {

	public Field {
		Objects.requireNonNull(id, "a field's id is required");
		Objects.requireNonNull(type, "a field's type is required");
		Objects.requireNonNull(label, "a field's label is required");
		Objects.requireNonNull(hint, "hint is required, empty when there is none");
		Objects.requireNonNull(showIf, "showIf is required, empty when always shown");
		Objects.requireNonNull(requiredIf, "requiredIf is required, empty when there is none");
		Objects.requireNonNull(rules, "rules are required");
		options = List.copyOf(options);
		children = List.copyOf(children);
		Objects.requireNonNull(prefill, "prefill is required, empty when there is none");
		Objects.requireNonNull(optionsFrom, "optionsFrom is required, empty when the options are written out");
		prefill.ifPresent(source -> {
			if (!source.fits(type)) {
				throw new IllegalArgumentException("a " + type.definitionName() + " field cannot hold " + source.definitionName());
			}
		});
	}

	/** A field of the given type with no hint, conditions, rules, options, children or prefill. */
	public static Field of(String id, FieldType type, LocalizedText label, boolean required) {
		return new Field(id, type, label, Optional.empty(), required, Optional.empty(), Optional.empty(),
				FieldRules.NONE, List.of(), List.of(), Optional.empty(), Optional.empty());
	}

	/** This field with other rules. */
	public Field withRules(FieldRules rules) {
		return new Field(id, type, label, hint, required, showIf, requiredIf, rules, options, children, prefill, optionsFrom);
	}

	/** This field with a hint. */
	public Field withHint(LocalizedText hint) {
		return new Field(id, type, label, Optional.of(hint), required, showIf, requiredIf, rules, options, children, prefill, optionsFrom);
	}

	/** This field, asked only when the condition holds. */
	public Field withShowIf(Condition condition) {
		return new Field(id, type, label, hint, required, Optional.of(condition), requiredIf, rules, options, children, prefill, optionsFrom);
	}

	/** This field, required when the condition holds. */
	public Field withRequiredIf(Condition condition) {
		return new Field(id, type, label, hint, required, showIf, Optional.of(condition), rules, options, children, prefill, optionsFrom);
	}

	/** This field with options to choose among. */
	public Field withOptions(List<Option> options) {
		return new Field(id, type, label, hint, required, showIf, requiredIf, rules, options, children, prefill, optionsFrom);
	}

	/** This field with the fields of each item of a repeating group. */
	public Field withChildren(List<Field> children) {
		return new Field(id, type, label, hint, required, showIf, requiredIf, rules, options, children, prefill, optionsFrom);
	}

	/** This field, filled in at first from what the city knows. */
	public Field withPrefill(Prefill prefill) {
		return new Field(id, type, label, hint, required, showIf, requiredIf, rules, options, children, Optional.of(prefill), optionsFrom);
	}

	/** This field, whose options come from a source when the form is used. */
	public Field withOptionsFrom(OptionSource.Reference source) {
		return new Field(id, type, label, hint, required, showIf, requiredIf, rules, List.of(), children, prefill,
				Optional.of(source));
	}

	/** Whether the field is asked, given the answers so far. */
	public boolean isShown(Answers answers, LocalDate today) {
		return showIf.map(condition -> condition.evaluate(answers, today)).orElse(true);
	}

	/** Whether an answer is required, given the answers so far. */
	public boolean isRequired(Answers answers, LocalDate today) {
		return requiredIf.map(condition -> condition.evaluate(answers, today)).orElse(required);
	}
}
