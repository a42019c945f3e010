package org.cityhall.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the fragments in {@code templates/forms/fields.html} need to render one field: the field,
 * its parameter name, what was typed for it and its error. Build them with {@link #of(Step, Map, List)}
 * from a step, what was typed (the {@link StepResult#typed()} on a return with errors) and the errors.
 *
 * @param name the parameter name: the field's id, or {@code group[index].id} within a repeating group
 * @param typed every parameter typed on the step, by name
 * @param error the field's first error, or null when there is none
 * @param items for a repeating group, the views of each item's fields; empty otherwise
 * @param revealed for radios (single choice or yes/no), the later fields of the step shown only when
 *        one option is chosen ({@code showIf: "thisField == 'value'"}), by option value; they are
 *        rendered in the option's conditional reveal, which shows without JavaScript
 */
public record FieldView(Field field, String name, Map<String, List<String>> typed, FieldError error,
		List<List<FieldView>> items, Map<String, List<FieldView>> revealed) {

	/** The views of a step's fields, in order. */
	public static List<FieldView> of(Step step, Map<String, List<String>> typed, List<FieldError> errors) {
		return of(step.fields(), "", typed == null ? Map.of() : typed, errors == null ? List.of() : errors);
	}

	private static List<FieldView> of(List<Field> fields, String prefix, Map<String, List<String>> typed,
			List<FieldError> errors) {
		Map<String, Map<String, List<FieldView>>> revealedByHost = new LinkedHashMap<>();
		List<FieldView> views = new ArrayList<>();
		for (Field field : fields) {
			FieldView view = view(field, prefix, typed, errors, revealedByHost.getOrDefault(field.id(), Map.of()));
			Optional<Reveal> reveal = revealedBy(field, fields);
			if (reveal.isPresent()) {
				revealedByHost.computeIfAbsent(reveal.get().host(), host -> new LinkedHashMap<>())
						.computeIfAbsent(reveal.get().value(), value -> new ArrayList<>()).add(view);
			}
			else {
				views.add(view);
			}
		}
		// The hosts were built before the fields they reveal; build them again with their reveals.
		List<FieldView> complete = new ArrayList<>();
		for (FieldView view : views) {
			Map<String, List<FieldView>> revealed = revealedByHost.get(view.field().id());
			complete.add(revealed == null ? view : new FieldView(view.field(), view.name(), view.typed(), view.error(),
					view.items(), copy(revealed)));
		}
		return List.copyOf(complete);
	}

	private static FieldView view(Field field, String prefix, Map<String, List<String>> typed, List<FieldError> errors,
			Map<String, List<FieldView>> revealed) {
		String name = prefix + field.id();
		FieldError error = errors.stream().filter(e -> e.fieldId().equals(name)).findFirst().orElse(null);
		List<List<FieldView>> items = new ArrayList<>();
		if (field.type() == FieldType.REPEATING_GROUP) {
			TreeSet<Integer> indexes = new TreeSet<>();
			String start = name + "[";
			for (String key : typed.keySet()) {
				int close = key.indexOf("].", start.length());
				if (key.startsWith(start) && close > start.length() && close - start.length() <= 4
						&& key.substring(start.length(), close).chars().allMatch(c -> c >= '0' && c <= '9')) {
					indexes.add(Integer.parseInt(key.substring(start.length(), close)));
				}
			}
			List<Integer> typedIndexes = new ArrayList<>(indexes);
			int shown = Math.min(Math.max(typedIndexes.size(), field.rules().minItems().orElse(1)), FormValidation.ITEM_LIMIT);
			int next = typedIndexes.isEmpty() ? 0 : typedIndexes.get(typedIndexes.size() - 1) + 1;
			for (int i = 0; i < shown; i++) {
				int index = i < typedIndexes.size() ? typedIndexes.get(i) : next++;
				items.add(of(field.children(), name + "[" + index + "].", typed, errors));
			}
		}
		return new FieldView(field, name, typed, error, List.copyOf(items), copy(revealed));
	}

	/** The host field and option value whose conditional reveal holds the field, if its condition is that simple. */
	private static Optional<Reveal> revealedBy(Field field, List<Field> siblings) {
		if (!(field.showIf().orElse(null) instanceof Condition.Comparison comparison)
				|| comparison.operator() != Condition.Operator.EQUAL) {
			return Optional.empty();
		}
		for (Field host : siblings) {
			if (host == field) {
				return Optional.empty();
			}
			if (!host.id().equals(comparison.field()) || host.showIf().isPresent()) {
				continue;
			}
			if (host.type() == FieldType.SINGLE_CHOICE && !host.rules().select()
					&& comparison.literal() instanceof Condition.Text text
					&& host.options().stream().anyMatch(option -> option.value().equals(text.value()))) {
				return Optional.of(new Reveal(host.id(), text.value()));
			}
			if (host.type() == FieldType.YES_NO && comparison.literal() instanceof Condition.Bool bool) {
				return Optional.of(new Reveal(host.id(), bool.value() ? "yes" : "no"));
			}
		}
		return Optional.empty();
	}

	/** The radios field and the option whose conditional reveal holds a field. */
	private record Reveal(String host, String value) {
	}

	private static Map<String, List<FieldView>> copy(Map<String, List<FieldView>> revealed) {
		Map<String, List<FieldView>> copy = new LinkedHashMap<>();
		revealed.forEach((value, views) -> copy.put(value, List.copyOf(views)));
		return java.util.Collections.unmodifiableMap(copy);
	}

	/** The fields revealed when the option is chosen; empty for most options. */
	public List<FieldView> revealedBy(String optionValue) {
		return revealed.getOrDefault(optionValue, List.of());
	}

	/** The element id: the name with its brackets and dots made safe for ids and fragment links. */
	public String id() {
		return name.replace("[", "-").replace("]", "").replace('.', '-');
	}

	/** The first value typed for the field, or an empty text. */
	public String value() {
		return first(name);
	}

	/** Every value typed for the field: the choices ticked, the files given. */
	public List<String> values() {
		return typed.getOrDefault(name, List.of());
	}

	/** Whether the value was typed or ticked. */
	public boolean isChosen(String value) {
		return values().contains(value);
	}

	/** A part of a date as typed: {@code Day}, {@code Month} or {@code Year}. */
	public String datePart(String part) {
		return first(name + part);
	}

	/** The element ids the input is described by: the hint and the error when there are. */
	public String describedBy() {
		String hint = field.hint().isPresent() ? id() + "-hint" : null;
		String errorId = error != null ? id() + "-error" : null;
		if (hint != null && errorId != null) {
			return hint + " " + errorId;
		}
		return hint != null ? hint : errorId;
	}

	/** The most characters the field takes, for the character count. */
	public int maxLength() {
		int limit = field.type() == FieldType.LONG_TEXT ? FormValidation.LONG_TEXT_LIMIT : FormValidation.TEXT_LIMIT;
		return Math.min(limit, field.rules().maxLength().orElse(limit));
	}

	/** The input's type attribute. */
	public String inputType() {
		switch (field.type()) {
			case EMAIL:
				return "email";
			case PHONE:
				return "tel";
			default:
				return "text";
		}
	}

	/** The input's inputmode, or null when the keyboard needs no hint. */
	public String inputmode() {
		switch (field.type()) {
			case NUMBER:
				return "decimal";
			case IDENTITY_NUMBER:
			case ORGANISATION_NUMBER:
				return "numeric";
			default:
				return null;
		}
	}

	/** The autocomplete token, or {@code off} where the browser must not guess. */
	public String autocomplete() {
		switch (field.type()) {
			case EMAIL:
				return "email";
			case PHONE:
				return "tel";
			case ADDRESS:
				return "street-address";
			default:
				return "off";
		}
	}

	/** The input's width class. */
	public String widthClass() {
		switch (field.type()) {
			case NUMBER:
				return "govuk-input--width-5";
			case IDENTITY_NUMBER:
			case ORGANISATION_NUMBER:
				return "govuk-input--width-10";
			case PHONE:
				return "govuk-input--width-20";
			default:
				return null;
		}
	}

	private String first(String parameter) {
		List<String> values = typed.get(parameter);
		return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
	}
}
