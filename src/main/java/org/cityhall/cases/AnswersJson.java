package org.cityhall.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.forms.Answers;
import org.cityhall.forms.Field;
import org.cityhall.forms.FieldType;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers as JSON, the way drafts and cases keep them and the API shows them: an object by field id
 * in the form's order; dates as {@code 2026-05-01}, numbers as numbers, identity and organisation
 * numbers as their digits, multiple choices and files as arrays, a repeating group as an array of
 * objects. Reading them back takes the field types from the form they were given in; an answer to a
 * field the form no longer has is kept as text.
 */
public final class AnswersJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnswersJson() {
	}

	public static String write(Answers answers) {
		return JSON.writeValueAsString(node(answers));
	}

	/** The answers as a JSON tree, for API answers. */
	public static ObjectNode node(Answers answers) {
		ObjectNode object = JSON.createObjectNode();
		answers.values().forEach((id, value) -> put(object, id, value));
		return object;
	}

	@SuppressWarnings("unchecked")
	private static void put(ObjectNode object, String id, Object value) {
		if (value instanceof BigDecimal) {
			object.put(id, (BigDecimal) value);
		}
		else if (value instanceof Boolean) {
			object.put(id, (Boolean) value);
		}
		else if (value instanceof List) {
			ArrayNode array = object.putArray(id);
			for (Object item : (List<Object>) value) {
				if (item instanceof Answers) {
					array.add(node((Answers) item));
				}
				else {
					array.add(text(item));
				}
			}
		}
		else {
			object.put(id, text(value));
		}
	}

	private static String text(Object value) {
		if (value instanceof PersonalIdentityNumber) {
			return ((PersonalIdentityNumber) value).value();
		}
		if (value instanceof OrganisationNumber) {
			return ((OrganisationNumber) value).value();
		}
		return String.valueOf(value);
	}

	/** Reads answers written by {@link #write}, typed by the fields they answer. */
	public static Answers read(String json, List<Field> fields) {
		if (json == null || json.isBlank()) {
			return Answers.NONE;
		}
		return read(JSON.readTree(json), fields);
	}

	private static Answers read(JsonNode object, List<Field> fields) {
		Map<String, Field> byId = new LinkedHashMap<>();
		for (Field field : fields) {
			byId.put(field.id(), field);
			field.children().forEach(child -> byId.putIfAbsent(child.id(), child));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			Field field = byId.get(property.getKey());
			value(field, property.getValue()).ifPresent(value -> values.put(property.getKey(), value));
		}
		return new Answers(values);
	}

	private static Optional<Object> value(Field field, JsonNode node) {
		if (node == null || node.isNull()) {
			return Optional.empty();
		}
		if (node.isArray()) {
			List<Object> items = new ArrayList<>();
			for (JsonNode item : node) {
				if (item.isObject()) {
					items.add(read(item, field == null ? List.of() : field.children()));
				}
				else {
					items.add(item.asString());
				}
			}
			return Optional.of(List.copyOf(items));
		}
		if (node.isBoolean()) {
			return Optional.of(node.booleanValue());
		}
		if (node.isNumber()) {
			return Optional.of(node.decimalValue());
		}
		String text = node.asString();
		if (field == null) {
			return Optional.of(text);
		}
		try {
			if (field.type() == FieldType.DATE) {
				return Optional.of(LocalDate.parse(text));
			}
			if (field.type() == FieldType.IDENTITY_NUMBER) {
				return Optional.of(PersonalIdentityNumber.parse(text));
			}
			if (field.type() == FieldType.ORGANISATION_NUMBER) {
				return Optional.of(OrganisationNumber.parse(text));
			}
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			// Kept as it was written: a form changed since, and the text still says what was answered.
			return Optional.of(text);
		}
		return Optional.of(text);
	}
}
