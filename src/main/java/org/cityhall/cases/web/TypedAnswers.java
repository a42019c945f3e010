package org.cityhall.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.forms.Answers;
import org.cityhall.forms.Field;
import org.cityhall.forms.FieldType;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * Accepted answers written back as the parameters a step's page shows them in, so a step visited
 * again, or changed from "check your answers", shows what was answered.
 */
final class TypedAnswers {

	private TypedAnswers() {
	}

	static Map<String, List<String>> of(List<Field> fields, Answers answers) {
		Map<String, List<String>> typed = new LinkedHashMap<>();
		put(fields, "", answers, typed);
		return typed;
	}

	@SuppressWarnings("unchecked")
	private static void put(List<Field> fields, String prefix, Answers answers, Map<String, List<String>> typed) {
		for (Field field : fields) {
			Optional<Object> answer = answers.get(field.id());
			if (answer.isEmpty()) {
				continue;
			}
			String name = prefix + field.id();
			Object value = answer.get();
			if (field.type() == FieldType.REPEATING_GROUP && value instanceof List) {
				int index = 0;
				for (Object item : (List<Object>) value) {
					if (item instanceof Answers) {
						put(field.children(), name + "[" + index + "].", (Answers) item, typed);
					}
					index++;
				}
			}
			else if (value instanceof LocalDate) {
				LocalDate date = (LocalDate) value;
				typed.put(name + "Day", List.of(String.valueOf(date.getDayOfMonth())));
				typed.put(name + "Month", List.of(String.valueOf(date.getMonthValue())));
				typed.put(name + "Year", List.of(String.valueOf(date.getYear())));
			}
			else if (value instanceof List) {
				typed.put(name, ((List<Object>) value).stream().map(String::valueOf).toList());
			}
			else {
				typed.put(name, List.of(text(field, value)));
			}
		}
	}

	private static String text(Field field, Object value) {
		if (value instanceof Boolean) {
			return (Boolean) value ? "yes" : "no";
		}
		if (value instanceof BigDecimal) {
			return ((BigDecimal) value).toPlainString();
		}
		if (value instanceof PersonalIdentityNumber) {
			return ((PersonalIdentityNumber) value).formatted();
		}
		if (value instanceof OrganisationNumber) {
			return ((OrganisationNumber) value).formatted();
		}
		return String.valueOf(value);
	}
}
