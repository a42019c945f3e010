package org.cityhall.cases;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.forms.Answers;
import org.cityhall.forms.Field;
import org.cityhall.forms.FieldType;
import org.cityhall.forms.FormDefinition;
import org.cityhall.forms.Option;
import org.cityhall.forms.Step;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.MessageSource;

/**
 * Answers as people read them, step by step: choices by their labels, dates and numbers the way the
 * page's language writes them, files by their names. Used by "check your answers", the receipt and the
 * case's pages.
 */
public final class CaseAnswers {

	/** A step with the rows of its answers. */
	public record Section(String stepId, String title, List<Row> rows) {
	}

	/** One answer: the question, the answer's lines, and the field it changes. */
	public record Row(String fieldId, String label, List<String> lines) {
	}

	private CaseAnswers() {
	}

	/**
	 * The sections of a form's answered steps.
	 *
	 * @param files the names of files by their SHA-256
	 */
	public static List<Section> of(FormDefinition form, Answers answers, Map<String, String> files, LocalDate today,
			Locale locale, MessageSource messages) {
		List<Section> sections = new ArrayList<>();
		for (Step step : form.steps()) {
			if (step.isShown(answers, today)) {
				List<Row> rows = rows(step.fields(), answers, files, locale, messages);
				if (!rows.isEmpty()) {
					sections.add(new Section(step.id(), step.title().in(locale), rows));
				}
			}
		}
		return sections;
	}

	/** The sections of a case's answers, its files named as its documents name them. */
	public static List<Section> sections(FormDefinition form, Answers answers, List<CaseDocument> documents,
			LocalDate today, Locale locale, MessageSource messages) {
		Map<String, String> names = new java.util.HashMap<>();
		documents.forEach(document -> names.putIfAbsent(document.sha256(), document.filename()));
		return of(form, answers, names, today, locale, messages);
	}

	@SuppressWarnings("unchecked")
	private static List<Row> rows(List<Field> fields, Answers answers, Map<String, String> files, Locale locale,
			MessageSource messages) {
		List<Row> rows = new ArrayList<>();
		for (Field field : fields) {
			Optional<Object> answer = answers.get(field.id());
			if (!field.type().hasAnswer() || answer.isEmpty()) {
				continue;
			}
			String label = field.label().in(locale);
			Object value = answer.get();
			if (field.type() == FieldType.REPEATING_GROUP && value instanceof List) {
				int number = 1;
				for (Object item : (List<Object>) value) {
					if (item instanceof Answers) {
						for (Row row : rows(field.children(), (Answers) item, files, locale, messages)) {
							rows.add(new Row(field.id(), label + " " + number + ": " + row.label(), row.lines()));
						}
					}
					number++;
				}
			}
			else {
				rows.add(new Row(field.id(), label, lines(field, value, files, locale, messages)));
			}
		}
		return rows;
	}

	@SuppressWarnings("unchecked")
	private static List<String> lines(Field field, Object value, Map<String, String> files, Locale locale,
			MessageSource messages) {
		if (value instanceof List) {
			List<String> lines = new ArrayList<>();
			for (Object item : (List<Object>) value) {
				String text = String.valueOf(item);
				if (field.type() == FieldType.FILE) {
					lines.add(files.getOrDefault(text, text));
				}
				else {
					lines.add(choice(field, text, locale));
				}
			}
			return List.copyOf(lines);
		}
		if (value instanceof Boolean) {
			String key = field.type() == FieldType.DECLARATION ? "cases.answer.declared"
					: (Boolean) value ? "cases.answer.yes" : "cases.answer.no";
			return List.of(messages.getMessage(key, null, locale));
		}
		if (value instanceof LocalDate) {
			return List.of(((LocalDate) value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
		}
		if (value instanceof BigDecimal) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(10);
			String number = format.format(value);
			return List.of(field.rules().unit().map(unit -> number + " " + unit).orElse(number));
		}
		if (value instanceof PersonalIdentityNumber) {
			return List.of(((PersonalIdentityNumber) value).formatted());
		}
		if (value instanceof OrganisationNumber) {
			return List.of(((OrganisationNumber) value).formatted());
		}
		String text = String.valueOf(value);
		if (field.type() == FieldType.SINGLE_CHOICE) {
			return List.of(choice(field, text, locale));
		}
		return List.of(text.split("\\R", -1));
	}

	private static String choice(Field field, String value, Locale locale) {
		return field.options().stream().filter(option -> option.value().equals(value)).findFirst()
				.map(Option::label).map(label -> label.in(locale)).orElse(value);
	}
}
