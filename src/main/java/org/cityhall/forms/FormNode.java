package org.cityhall.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityhall.shared.LocalizedText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A place in the form part of a definition file, with its line and field path, for messages naming both. */
final class FormNode {

	private final String file;
	private final String path;
	private final Node node;

	FormNode(String file, String path, Node node) {
		this.file = file;
		this.path = path;
		this.node = node;
	}

	String path() {
		return path;
	}

	int line() {
		return node.getStartMark().getLine() + 1;
	}

	FormDefinitionException invalid(String problem) {
		return new FormDefinitionException(file, line(), path, problem);
	}

	/** The fields of this mapping, refusing unknown ones so that a typo is never silently ignored. */
	Map<String, FormNode> fields(Set<String> allowed) {
		if (!(node instanceof MappingNode mapping)) {
			throw invalid("must be a set of fields (key: value), was " + describe());
		}
		Map<String, FormNode> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw invalid("has a field name that is not plain text");
			}
			String name = key.getValue();
			int line = key.getStartMark().getLine() + 1;
			if (!allowed.contains(name)) {
				throw new FormDefinitionException(file, line, child(name),
						"is not a known field; known here are " + String.join(", ", allowed.stream().sorted().toList()));
			}
			if (fields.put(name, new FormNode(file, child(name), tuple.getValueNode())) != null) {
				throw new FormDefinitionException(file, line, child(name), "is given twice");
			}
		}
		return fields;
	}

	FormNode required(Map<String, FormNode> fields, String name) {
		FormNode value = fields.get(name);
		if (value == null) {
			throw new FormDefinitionException(file, line(), child(name), "is required but missing");
		}
		return value;
	}

	String text() {
		if (!(node instanceof ScalarNode scalar)) {
			throw invalid("must be a text, was " + describe());
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty()) {
			throw invalid("must not be empty");
		}
		return value;
	}

	boolean bool() {
		String value = text();
		if (!value.equals("true") && !value.equals("false")) {
			throw invalid("must be true or false, was '" + value + "'");
		}
		return value.equals("true");
	}

	int wholeNumber(int min) {
		String value = text();
		try {
			int number = Integer.parseInt(value.replace("_", ""));
			if (number < min) {
				throw invalid("must be at least " + min + ", was " + number);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw invalid("must be a whole number, was '" + value + "'");
		}
	}

	BigDecimal decimal() {
		String value = text();
		try {
			return new BigDecimal(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw invalid("must be a number such as 20 or 2.5, was '" + value + "'");
		}
	}

	List<FormNode> list(boolean allowEmpty) {
		if (!(node instanceof SequenceNode sequence)) {
			throw invalid("must be a list, was " + describe());
		}
		if (sequence.getValue().isEmpty() && !allowEmpty) {
			throw invalid("must name at least one");
		}
		List<FormNode> items = new ArrayList<>();
		for (int i = 0; i < sequence.getValue().size(); i++) {
			items.add(new FormNode(file, path + "[" + i + "]", sequence.getValue().get(i)));
		}
		return items;
	}

	LocalizedText localized() {
		Map<String, FormNode> languages = fields(Set.of("sv", "en"));
		return new LocalizedText(required(languages, "sv").text(), required(languages, "en").text());
	}

	Optional<FormNode> optional(Map<String, FormNode> fields, String name) {
		return Optional.ofNullable(fields.get(name));
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
}
