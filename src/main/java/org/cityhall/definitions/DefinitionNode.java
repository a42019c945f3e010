package org.cityhall.definitions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cityhall.shared.LocalizedText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A place in a definition file, with the line and field path it came from, so every value read
 * through it can be refused with an {@link InvalidDefinitionException} naming both.
 */
public final class DefinitionNode {

	private final String file;
	private final String path;
	private final Node node;

	private DefinitionNode(String file, String path, Node node) {
		this.file = file;
		this.path = path;
		this.node = node;
	}

	/**
	 * Wraps a node already parsed, such as the part of a file another module reads.
	 *
	 * @param file the definition file's name, for messages
	 * @param path the node's field path, such as {@code form}; empty for the file's root
	 * @param node the SnakeYAML node
	 */
	public static DefinitionNode of(String file, String path, Node node) {
		return new DefinitionNode(file, path, node);
	}

	/** The field path, such as {@code form.steps[1].fields[0].showIf}; empty for the file's root. */
	public String path() {
		return path;
	}

	/** The YAML node itself, for a part of the definition another module reads (the form). */
	public Node node() {
		return node;
	}

	/** The line, counted from 1. */
	public int line() {
		return node.getStartMark().getLine() + 1;
	}

	/** An exception naming this node's file, line and field, to throw. */
	public InvalidDefinitionException invalid(String problem) {
		return new InvalidDefinitionException(file, line(), path, problem);
	}

	/** The fields of this mapping, refusing any not in {@code allowed} so that a typo is never silently ignored. */
	public Fields fields(Set<String> allowed) {
		if (!(node instanceof MappingNode mapping)) {
			throw invalid("must be a set of fields (key: value), was " + describe());
		}
		Map<String, DefinitionNode> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw invalid("has a field name that is not plain text");
			}
			String name = key.getValue();
			DefinitionNode value = new DefinitionNode(file, child(name), tuple.getValueNode());
			if (!allowed.contains(name)) {
				throw new InvalidDefinitionException(file, key.getStartMark().getLine() + 1, child(name),
						"is not a known field; known here are " + String.join(", ", allowed.stream().sorted().toList()));
			}
			if (fields.put(name, value) != null) {
				throw new InvalidDefinitionException(file, key.getStartMark().getLine() + 1, child(name), "is given twice");
			}
		}
		return new Fields(fields);
	}

	/** A text, not empty, without surrounding white space. */
	public String text() {
		if (!(node instanceof ScalarNode scalar)) {
			throw invalid("must be a text, was " + describe());
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty()) {
			throw invalid("must not be empty");
		}
		return value;
	}

	/** Lower-case letters, digits and single hyphens, such as {@code heat-pump-licence}. */
	public String identifier() {
		String value = text();
		if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw invalid("must be lower-case letters, digits and single hyphens (like heat-pump-licence), was '" + value + "'");
		}
		return value;
	}

	/** {@code true} or {@code false}. */
	public boolean bool() {
		String value = text();
		if (!value.equals("true") && !value.equals("false")) {
			throw invalid("must be true or false, was '" + value + "'");
		}
		return value.equals("true");
	}

	/** A whole number of at least {@code min}; underscores may group its digits. */
	public long wholeNumber(long min) {
		String value = text().replace("_", "");
		long number;
		try {
			number = Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw invalid("must be a whole number, was '" + value + "'");
		}
		if (number < min) {
			throw invalid("must be at least " + min + ", was " + number);
		}
		return number;
	}

	/** A whole number of at least {@code min} that fits an {@code int}; underscores may group its digits. */
	public int wholeNumber(int min) {
		long number = wholeNumber((long) min);
		if (number > Integer.MAX_VALUE) {
			throw invalid("must be at most " + Integer.MAX_VALUE + ", was " + number);
		}
		return (int) number;
	}

	/** A number such as 20 or 2.5; underscores may group its digits. */
	public BigDecimal decimal() {
		String value = text();
		try {
			return new BigDecimal(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw invalid("must be a number such as 20 or 2.5, was '" + value + "'");
		}
	}

	/** A share written as a decimal fraction, above 0 and at most 1. */
	public BigDecimal share() {
		String value = text();
		BigDecimal share;
		try {
			share = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw invalid("must be a decimal share such as 0.75, was '" + value + "'");
		}
		if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw invalid("must be above 0 and at most 1 (0.75 means 75 %), was " + value);
		}
		return share;
	}

	/** The constant of {@code type} whose name, as {@code names} gives it, is written here. */
	public <E extends Enum<E>> E oneOf(Class<E> type, Function<E, String> names) {
		String value = text();
		return Arrays.stream(type.getEnumConstants())
				.filter(constant -> names.apply(constant).equals(value))
				.findFirst()
				.orElseThrow(() -> invalid("must be one of " + Arrays.stream(type.getEnumConstants()).map(names)
						.collect(Collectors.joining(", ")) + ", was '" + value + "'"));
	}

	/** The items of this list, refused when empty unless {@code allowEmpty}. */
	public List<DefinitionNode> list(boolean allowEmpty) {
		if (!(node instanceof SequenceNode sequence)) {
			throw invalid("must be a list, was " + describe());
		}
		if (sequence.getValue().isEmpty() && !allowEmpty) {
			throw invalid("must name at least one");
		}
		List<DefinitionNode> items = new ArrayList<>();
		for (int i = 0; i < sequence.getValue().size(); i++) {
			items.add(new DefinitionNode(file, path + "[" + i + "]", sequence.getValue().get(i)));
		}
		return items;
	}

	/** A text in Swedish and English: {@code {sv: ..., en: ...}}. */
	public LocalizedText localized() {
		Fields languages = fields(Set.of("sv", "en"));
		return new LocalizedText(languages.required("sv").text(), languages.required("en").text());
	}

	private String child(String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private String describe() {
		if (node instanceof ScalarNode scalar) {
			return "'" + scalar.getValue() + "'";
		}
		return node instanceof SequenceNode ? "a list" : "a set of fields";
	}

	/** The fields of one mapping. */
	public final class Fields {

		private final Map<String, DefinitionNode> values;

		private Fields(Map<String, DefinitionNode> values) {
			this.values = values;
		}

		/** The field, refused when missing. */
		public DefinitionNode required(String name) {
			DefinitionNode value = values.get(name);
			if (value == null) {
				throw new InvalidDefinitionException(file, line(), child(name), "is required but missing");
			}
			return value;
		}

		/** The field, if given. */
		public Optional<DefinitionNode> optional(String name) {
			return Optional.ofNullable(values.get(name));
		}

		/** Whether the field is given. */
		public boolean has(String name) {
			return values.containsKey(name);
		}
	}
}
