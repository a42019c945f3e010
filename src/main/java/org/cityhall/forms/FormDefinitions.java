package org.cityhall.forms;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code form:} part of an e-service definition file into a {@link FormDefinition}.
 * The catalogue calls {@link #read(String, Node)} with the file's name and the SnakeYAML node under
 * the {@code form:} key. Everything is checked as it is read, conditions included (their syntax,
 * and that they refer only to fields defined before them); anything wrong throws a
 * {@link FormDefinitionException} naming the file, line and field path. The format is described
 * in {@code docs/forms.md}.
 */
public final class FormDefinitions {

	private static final Set<String> FORM_FIELDS = Set.of("steps");
	private static final Set<String> STEP_FIELDS = Set.of("id", "title", "showIf", "fields");
	private static final Set<String> FIELD_FIELDS = Set.of("id", "type", "label", "hint", "required", "showIf",
			"requiredIf", "maxLength", "unit", "min", "max", "after", "before", "display", "options", "accept",
			"maxFileSizeMb", "maxFiles", "minItems", "maxItems", "fields");
	private static final Set<String> OPTION_FIELDS = Set.of("value", "label");

	/** Which field types each rule applies to. */
	private static final Map<String, Set<FieldType>> RULE_TYPES = Map.ofEntries(
			Map.entry("maxLength", EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.ADDRESS)),
			Map.entry("unit", EnumSet.of(FieldType.NUMBER)),
			Map.entry("min", EnumSet.of(FieldType.NUMBER)),
			Map.entry("max", EnumSet.of(FieldType.NUMBER)),
			Map.entry("after", EnumSet.of(FieldType.DATE)),
			Map.entry("before", EnumSet.of(FieldType.DATE)),
			Map.entry("display", EnumSet.of(FieldType.SINGLE_CHOICE)),
			Map.entry("options", EnumSet.of(FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE)),
			Map.entry("accept", EnumSet.of(FieldType.FILE)),
			Map.entry("maxFileSizeMb", EnumSet.of(FieldType.FILE)),
			Map.entry("maxFiles", EnumSet.of(FieldType.FILE)),
			Map.entry("minItems", EnumSet.of(FieldType.REPEATING_GROUP)),
			Map.entry("maxItems", EnumSet.of(FieldType.REPEATING_GROUP)),
			Map.entry("fields", EnumSet.of(FieldType.REPEATING_GROUP)));

	private static final Pattern FIELD_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");
	private static final Pattern STEP_ID = Pattern.compile("[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*");
	private static final Pattern FILE_TYPE = Pattern.compile("[a-z0-9]{1,10}");

	private FormDefinitions() {
	}

	/**
	 * Reads a form.
	 *
	 * @param fileName the definition file's name, for messages
	 * @param form the node under the file's {@code form:} key
	 * @throws FormDefinitionException naming the file, line and field of the first problem
	 */
	public static FormDefinition read(String fileName, Node form) {
		return new Reading().form(new FormNode(fileName, "form", form));
	}

	/**
	 * Reads the form of a whole definition file's text, whose {@code form:} key holds it.
	 *
	 * @throws FormDefinitionException when the text is not YAML, has no {@code form:} or the form is wrong
	 */
	public static FormDefinition readFile(String fileName, String yaml) {
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			throw new FormDefinitionException(fileName, ex.getProblemMark().getLine() + 1, "", "is not YAML: " + ex.getProblem());
		}
		if (root instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("form")) {
					return read(fileName, tuple.getValueNode());
				}
			}
		}
		throw new FormDefinitionException(fileName, 1, "form", "is required but missing");
	}

	/** One reading, which knows the fields defined so far. */
	private static final class Reading {

		private final Map<String, FieldType> defined = new HashMap<>();
		private final Set<String> answerable = new LinkedHashSet<>();
		private final Set<String> stepIds = new HashSet<>();

		FormDefinition form(FormNode node) {
			Map<String, FormNode> fields = node.fields(FORM_FIELDS);
			List<Step> steps = new ArrayList<>();
			for (FormNode stepNode : node.required(fields, "steps").list(false)) {
				steps.add(step(stepNode));
			}
			return new FormDefinition(steps);
		}

		private Step step(FormNode node) {
			Map<String, FormNode> fields = node.fields(STEP_FIELDS);
			FormNode idNode = node.required(fields, "id");
			String id = idNode.text();
			if (!STEP_ID.matcher(id).matches()) {
				throw idNode.invalid("must be a letter followed by letters, digits or hyphens (like property or site-plan), was '" + id + "'");
			}
			if (!stepIds.add(id)) {
				throw idNode.invalid("'" + id + "' is already the id of another step");
			}
			Optional<Condition> showIf = node.optional(fields, "showIf").map(condition -> condition(condition, Set.copyOf(answerable)));
			List<Field> stepFields = new ArrayList<>();
			for (FormNode fieldNode : node.required(fields, "fields").list(false)) {
				stepFields.add(field(fieldNode, false));
			}
			return new Step(id, node.required(fields, "title").localized(), showIf, stepFields);
		}

		private Field field(FormNode node, boolean inGroup) {
			Map<String, FormNode> fields = node.fields(FIELD_FIELDS);
			FormNode idNode = node.required(fields, "id");
			String id = idNode.text();
			if (!FIELD_ID.matcher(id).matches() || Condition.KEYWORDS.contains(id)) {
				throw idNode.invalid("must be a lower-case letter followed by letters and digits (like heatSource), "
						+ "and not one of " + String.join(", ", Condition.KEYWORDS.stream().sorted().toList()) + "; was '" + id + "'");
			}
			if (defined.containsKey(id)) {
				throw idNode.invalid("'" + id + "' is already the id of another field");
			}
			FormNode typeNode = node.required(fields, "type");
			String typeName = typeNode.text();
			FieldType type = FieldType.ofDefinitionName(typeName).orElseThrow(() -> typeNode.invalid("must be one of "
					+ String.join(", ", EnumSet.allOf(FieldType.class).stream().map(FieldType::definitionName).toList())
					+ ", was '" + typeName + "'"));
			if (inGroup && type == FieldType.REPEATING_GROUP) {
				throw typeNode.invalid("a repeating group cannot hold another repeating group");
			}
			RULE_TYPES.forEach((rule, types) -> {
				if (fields.containsKey(rule) && !types.contains(type)) {
					throw fields.get(rule).invalid("applies only to " + String.join(", ", types.stream().map(FieldType::definitionName).toList())
							+ ", not to " + type.definitionName());
				}
			});

			Set<String> known = Set.copyOf(answerable);
			Optional<Condition> showIf = fields.containsKey("showIf") ? Optional.of(condition(fields.get("showIf"), known)) : Optional.empty();
			Optional<Condition> requiredIf = fields.containsKey("requiredIf") ? Optional.of(condition(fields.get("requiredIf"), known)) : Optional.empty();
			boolean required = node.optional(fields, "required").map(FormNode::bool).orElse(false);
			if (!type.hasAnswer() && (required || requiredIf.isPresent())) {
				throw node.invalid("guidance asks nothing, so it cannot be required");
			}

			FieldRules rules = rules(fields, type);
			List<Option> options = List.of();
			if (type == FieldType.SINGLE_CHOICE || type == FieldType.MULTIPLE_CHOICE) {
				options = options(node.required(fields, "options"));
			}
			defined.put(id, type);
			List<Field> children = List.of();
			if (type == FieldType.REPEATING_GROUP) {
				// A group's fields are answered per item, so only the group's own later fields may refer to them.
				Set<String> outside = new LinkedHashSet<>(answerable);
				List<Field> read = new ArrayList<>();
				for (FormNode child : node.required(fields, "fields").list(false)) {
					read.add(field(child, true));
				}
				children = read;
				answerable.retainAll(outside);
			}
			if (type.hasAnswer()) {
				answerable.add(id);
			}
			return new Field(id, type, node.required(fields, "label").localized(),
					node.optional(fields, "hint").map(FormNode::localized), required, showIf, requiredIf, rules, options, children);
		}

		private FieldRules rules(Map<String, FormNode> fields, FieldType type) {
			Optional<Integer> maxLength = Optional.ofNullable(fields.get("maxLength")).map(node -> {
				int limit = type == FieldType.LONG_TEXT ? FormValidation.LONG_TEXT_LIMIT : FormValidation.TEXT_LIMIT;
				int value = node.wholeNumber(1);
				if (value > limit) {
					throw node.invalid("must be at most " + limit + " for " + type.definitionName() + ", was " + value);
				}
				return value;
			});
			Optional<BigDecimal> min = Optional.ofNullable(fields.get("min")).map(FormNode::decimal);
			Optional<BigDecimal> max = Optional.ofNullable(fields.get("max")).map(FormNode::decimal);
			if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
				throw fields.get("max").invalid("must not be below min (" + min.get().toPlainString() + ")");
			}
			boolean afterToday = false;
			Optional<String> after = Optional.empty();
			if (fields.containsKey("after")) {
				String value = fields.get("after").text();
				if (value.equals("today")) {
					afterToday = true;
				}
				else {
					after = Optional.of(dateField(fields.get("after")));
				}
			}
			Optional<String> before = Optional.ofNullable(fields.get("before")).map(this::dateField);
			boolean select = false;
			if (fields.containsKey("display")) {
				String display = fields.get("display").text();
				if (!display.equals("radios") && !display.equals("select")) {
					throw fields.get("display").invalid("must be radios or select, was '" + display + "'");
				}
				select = display.equals("select");
			}
			List<String> fileTypes = new ArrayList<>();
			if (fields.containsKey("accept")) {
				for (FormNode typeNode : fields.get("accept").list(false)) {
					String fileType = typeNode.text();
					if (!FILE_TYPE.matcher(fileType).matches()) {
						throw typeNode.invalid("must be a file name extension in lower case, such as pdf, was '" + fileType + "'");
					}
					fileTypes.add(fileType);
				}
			}
			Optional<Integer> minItems = Optional.ofNullable(fields.get("minItems")).map(node -> node.wholeNumber(0));
			Optional<Integer> maxItems = Optional.ofNullable(fields.get("maxItems")).map(node -> node.wholeNumber(1));
			if (maxItems.isPresent() && maxItems.get() > FormValidation.ITEM_LIMIT) {
				throw fields.get("maxItems").invalid("must be at most " + FormValidation.ITEM_LIMIT);
			}
			if (minItems.isPresent() && maxItems.isPresent() && minItems.get() > maxItems.get()) {
				throw fields.get("maxItems").invalid("must not be below minItems (" + minItems.get() + ")");
			}
			return new FieldRules(maxLength, Optional.ofNullable(fields.get("unit")).map(FormNode::text), min, max,
					afterToday, after, before, select, fileTypes,
					Optional.ofNullable(fields.get("maxFileSizeMb")).map(node -> node.wholeNumber(1)),
					Optional.ofNullable(fields.get("maxFiles")).map(node -> node.wholeNumber(1)), minItems, maxItems);
		}

		private String dateField(FormNode node) {
			String id = node.text();
			if (defined.get(id) != FieldType.DATE || !answerable.contains(id)) {
				throw node.invalid("must be today or the id of a date field defined before this one, was '" + id + "'");
			}
			return id;
		}

		private List<Option> options(FormNode node) {
			List<Option> options = new ArrayList<>();
			Set<String> values = new HashSet<>();
			for (FormNode optionNode : node.list(false)) {
				Map<String, FormNode> fields = optionNode.fields(OPTION_FIELDS);
				FormNode valueNode = optionNode.required(fields, "value");
				String value = valueNode.text();
				if (!values.add(value)) {
					throw valueNode.invalid("'" + value + "' is already the value of another option");
				}
				options.add(new Option(value, optionNode.required(fields, "label").localized()));
			}
			return options;
		}

		private Condition condition(FormNode node, Set<String> known) {
			try {
				return Condition.parse(node.text(), known);
			}
			catch (ConditionSyntaxException ex) {
				throw node.invalid("column " + ex.column() + ": " + ex.problem());
			}
		}
	}
}
