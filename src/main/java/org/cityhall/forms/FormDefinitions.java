package org.cityhall.forms;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cityhall.definitions.DefinitionNode;
import org.cityhall.definitions.InvalidDefinitionException;
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
 * {@link InvalidDefinitionException} naming the file, line and field path. The format is described
 * in {@code docs/forms.md}.
 */
public final class FormDefinitions {

	private static final Set<String> FORM_FIELDS = Set.of("steps");
	private static final Set<String> STEP_FIELDS = Set.of("id", "title", "showIf", "fields");
	private static final Set<String> FIELD_FIELDS = Set.of("id", "type", "label", "hint", "required", "showIf",
			"requiredIf", "maxLength", "unit", "min", "max", "after", "before", "display", "options", "optionsFrom", "accept",
			"maxFileSizeMb", "maxFiles", "minItems", "maxItems", "fields", "prefill");
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
			Map.entry("optionsFrom", EnumSet.of(FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE)),
			Map.entry("accept", EnumSet.of(FieldType.FILE)),
			Map.entry("maxFileSizeMb", EnumSet.of(FieldType.FILE)),
			Map.entry("maxFiles", EnumSet.of(FieldType.FILE)),
			Map.entry("minItems", EnumSet.of(FieldType.REPEATING_GROUP)),
			Map.entry("maxItems", EnumSet.of(FieldType.REPEATING_GROUP)),
			Map.entry("fields", EnumSet.of(FieldType.REPEATING_GROUP)),
			Map.entry("prefill", EnumSet.of(FieldType.TEXT, FieldType.ADDRESS, FieldType.IDENTITY_NUMBER)));

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
	 * @throws InvalidDefinitionException naming the file, line and field of the first problem
	 */
	public static FormDefinition read(String fileName, Node form) {
		return new Reading().form(DefinitionNode.of(fileName, "form", form));
	}

	/**
	 * Reads the form of a whole definition file's text, whose {@code form:} key holds it.
	 *
	 * @throws InvalidDefinitionException when the text is not YAML, has no {@code form:} or the form is wrong
	 */
	public static FormDefinition readFile(String fileName, String yaml) {
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			throw new InvalidDefinitionException(fileName, ex.getProblemMark().getLine() + 1, "", "is not YAML: " + ex.getProblem());
		}
		if (root instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("form")) {
					return read(fileName, tuple.getValueNode());
				}
			}
		}
		throw new InvalidDefinitionException(fileName, 1, "form", "is required but missing");
	}

	/** One reading, which knows the fields defined so far. */
	private static final class Reading {

		private final Map<String, FieldType> defined = new HashMap<>();
		private final Set<String> answerable = new LinkedHashSet<>();
		private final Set<String> stepIds = new HashSet<>();

		FormDefinition form(DefinitionNode node) {
			DefinitionNode.Fields fields = node.fields(FORM_FIELDS);
			List<Step> steps = new ArrayList<>();
			for (DefinitionNode stepNode : fields.required("steps").list(false)) {
				steps.add(step(stepNode));
			}
			return new FormDefinition(steps);
		}

		private Step step(DefinitionNode node) {
			DefinitionNode.Fields fields = node.fields(STEP_FIELDS);
			DefinitionNode idNode = fields.required("id");
			String id = idNode.text();
			if (!STEP_ID.matcher(id).matches()) {
				throw idNode.invalid("must be a letter followed by letters, digits or hyphens (like property or site-plan), was '" + id + "'");
			}
			if (!stepIds.add(id)) {
				throw idNode.invalid("'" + id + "' is already the id of another step");
			}
			Optional<Condition> showIf = fields.optional("showIf").map(condition -> condition(condition, Set.copyOf(answerable)));
			List<Field> stepFields = new ArrayList<>();
			for (DefinitionNode fieldNode : fields.required("fields").list(false)) {
				stepFields.add(field(fieldNode, false));
			}
			return new Step(id, fields.required("title").localized(), showIf, stepFields);
		}

		private Field field(DefinitionNode node, boolean inGroup) {
			DefinitionNode.Fields fields = node.fields(FIELD_FIELDS);
			DefinitionNode idNode = fields.required("id");
			String id = idNode.text();
			if (!FIELD_ID.matcher(id).matches() || Condition.KEYWORDS.contains(id)) {
				throw idNode.invalid("must be a lower-case letter followed by letters and digits (like heatSource), "
						+ "and not one of " + String.join(", ", Condition.KEYWORDS.stream().sorted().toList()) + "; was '" + id + "'");
			}
			if (defined.containsKey(id)) {
				throw idNode.invalid("'" + id + "' is already the id of another field");
			}
			DefinitionNode typeNode = fields.required("type");
			String typeName = typeNode.text();
			FieldType type = FieldType.ofDefinitionName(typeName).orElseThrow(() -> typeNode.invalid("must be one of "
					+ String.join(", ", EnumSet.allOf(FieldType.class).stream().map(FieldType::definitionName).toList())
					+ ", was '" + typeName + "'"));
			if (inGroup && type == FieldType.REPEATING_GROUP) {
				throw typeNode.invalid("a repeating group cannot hold another repeating group");
			}
			RULE_TYPES.forEach((rule, types) -> {
				if (fields.has(rule) && !types.contains(type)) {
					throw fields.required(rule).invalid("applies only to " + String.join(", ", types.stream().map(FieldType::definitionName).toList())
							+ ", not to " + type.definitionName());
				}
			});

			Set<String> known = Set.copyOf(answerable);
			Optional<Condition> showIf = fields.optional("showIf").map(condition -> condition(condition, known));
			Optional<Condition> requiredIf = fields.optional("requiredIf").map(condition -> condition(condition, known));
			boolean required = fields.optional("required").map(DefinitionNode::bool).orElse(false);
			if (!type.hasAnswer() && (required || requiredIf.isPresent())) {
				throw node.invalid("guidance asks nothing, so it cannot be required");
			}

			FieldRules rules = rules(fields, type);
			Optional<Prefill> prefill = fields.optional("prefill").map(prefillNode -> prefill(prefillNode, type, inGroup));
			List<Option> options = List.of();
			Optional<OptionSource.Reference> optionsFrom = Optional.empty();
			if (type == FieldType.SINGLE_CHOICE || type == FieldType.MULTIPLE_CHOICE) {
				Optional<DefinitionNode> from = fields.optional("optionsFrom");
				if (from.isPresent()) {
					if (fields.optional("options").isPresent()) {
						throw from.get().invalid("a field takes its options either written out (options) or from a source "
								+ "(optionsFrom), not both");
					}
					try {
						optionsFrom = Optional.of(OptionSource.Reference.parse(from.get().text()));
					}
					catch (IllegalArgumentException badName) {
						throw from.get().invalid(badName.getMessage());
					}
				}
				else {
					options = options(fields.required("options"));
				}
			}
			defined.put(id, type);
			List<Field> children = List.of();
			if (type == FieldType.REPEATING_GROUP) {
				// A group's fields are answered per item, so only the group's own later fields may refer to them.
				Set<String> outside = new LinkedHashSet<>(answerable);
				List<Field> read = new ArrayList<>();
				for (DefinitionNode child : fields.required("fields").list(false)) {
					read.add(field(child, true));
				}
				children = read;
				answerable.retainAll(outside);
			}
			if (type.hasAnswer()) {
				answerable.add(id);
			}
			return new Field(id, type, fields.required("label").localized(),
					fields.optional("hint").map(DefinitionNode::localized), required, showIf, requiredIf, rules, options, children,
					prefill, optionsFrom);
		}

		private FieldRules rules(DefinitionNode.Fields fields, FieldType type) {
			Optional<Integer> maxLength = fields.optional("maxLength").map(node -> {
				int limit = type == FieldType.LONG_TEXT ? FormValidation.LONG_TEXT_LIMIT : FormValidation.TEXT_LIMIT;
				int value = node.wholeNumber(1);
				if (value > limit) {
					throw node.invalid("must be at most " + limit + " for " + type.definitionName() + ", was " + value);
				}
				return value;
			});
			Optional<BigDecimal> min = fields.optional("min").map(DefinitionNode::decimal);
			Optional<BigDecimal> max = fields.optional("max").map(DefinitionNode::decimal);
			if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
				throw fields.required("max").invalid("must not be below min (" + min.get().toPlainString() + ")");
			}
			boolean afterToday = false;
			Optional<String> after = Optional.empty();
			if (fields.has("after")) {
				String value = fields.required("after").text();
				if (value.equals("today")) {
					afterToday = true;
				}
				else {
					after = Optional.of(dateField(fields.required("after")));
				}
			}
			Optional<String> before = fields.optional("before").map(this::dateField);
			boolean select = false;
			if (fields.has("display")) {
				String display = fields.required("display").text();
				if (!display.equals("radios") && !display.equals("select")) {
					throw fields.required("display").invalid("must be radios or select, was '" + display + "'");
				}
				select = display.equals("select");
			}
			List<String> fileTypes = new ArrayList<>();
			if (fields.has("accept")) {
				for (DefinitionNode typeNode : fields.required("accept").list(false)) {
					String fileType = typeNode.text();
					if (!FILE_TYPE.matcher(fileType).matches()) {
						throw typeNode.invalid("must be a file name extension in lower case, such as pdf, was '" + fileType + "'");
					}
					fileTypes.add(fileType);
				}
			}
			Optional<Integer> minItems = fields.optional("minItems").map(node -> node.wholeNumber(0));
			Optional<Integer> maxItems = fields.optional("maxItems").map(node -> node.wholeNumber(1));
			if (maxItems.isPresent() && maxItems.get() > FormValidation.ITEM_LIMIT) {
				throw fields.required("maxItems").invalid("must be at most " + FormValidation.ITEM_LIMIT);
			}
			if (minItems.isPresent() && maxItems.isPresent() && minItems.get() > maxItems.get()) {
				throw fields.required("maxItems").invalid("must not be below minItems (" + minItems.get() + ")");
			}
			return new FieldRules(maxLength, fields.optional("unit").map(DefinitionNode::text), min, max,
					afterToday, after, before, select, fileTypes,
					fields.optional("maxFileSizeMb").map(node -> node.wholeNumber(1)),
					fields.optional("maxFiles").map(node -> node.wholeNumber(1)), minItems, maxItems);
		}

		private Prefill prefill(DefinitionNode node, FieldType type, boolean inGroup) {
			String name = node.text();
			Prefill prefill = Prefill.ofDefinitionName(name).orElseThrow(() -> node.invalid("must be one of "
					+ String.join(", ", Arrays.stream(Prefill.values()).map(Prefill::definitionName).toList())
					+ ", was '" + name + "'"));
			if (!prefill.fits(type)) {
				throw node.invalid(name + " can prefill only " + String.join(" or ",
						prefill.fieldTypes().stream().map(FieldType::definitionName).toList()) + ", not " + type.definitionName());
			}
			if (inGroup) {
				throw node.invalid("a field of a repeating group is answered once per item, so it cannot be prefilled");
			}
			return prefill;
		}

		private String dateField(DefinitionNode node) {
			String id = node.text();
			if (defined.get(id) != FieldType.DATE || !answerable.contains(id)) {
				throw node.invalid("must be today or the id of a date field defined before this one, was '" + id + "'");
			}
			return id;
		}

		private List<Option> options(DefinitionNode node) {
			List<Option> options = new ArrayList<>();
			Set<String> values = new HashSet<>();
			for (DefinitionNode optionNode : node.list(false)) {
				DefinitionNode.Fields fields = optionNode.fields(OPTION_FIELDS);
				DefinitionNode valueNode = fields.required("value");
				String value = valueNode.text();
				if (!values.add(value)) {
					throw valueNode.invalid("'" + value + "' is already the value of another option");
				}
				options.add(new Option(value, fields.required("label").localized()));
			}
			return options;
		}

		private Condition condition(DefinitionNode node, Set<String> known) {
			try {
				return Condition.parse(node.text(), known);
			}
			catch (ConditionSyntaxException ex) {
				throw node.invalid("column " + ex.column() + ": " + ex.problem());
			}
		}
	}
}
