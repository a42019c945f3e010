package org.cityhall.forms;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.InvalidOrganisationNumberException;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * Checks what was typed on one step against its fields and turns it into typed {@link Answers}.
 * <p>
 * What was typed arrives as the request's parameters: a field's id names its value; a date's parts
 * are {@code <id>Day}, {@code <id>Month} and {@code <id>Year}; multiple choices and file references
 * are several values of the id; an item of a repeating group names its fields
 * {@code <group>[<index>].<field>}. Fields hidden by their condition are neither checked nor kept.
 * Nothing typed ever causes an exception: anything that is not a valid answer gets a message.
 */
public final class FormValidation {

	/** The most characters of a one-line text, address or other short answer. */
	public static final int TEXT_LIMIT = 500;

	/** The most characters of a long text. */
	public static final int LONG_TEXT_LIMIT = 10_000;

	/** The most items of a repeating group whose definition names no maximum. */
	public static final int ITEM_LIMIT = 100;

	private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

	private FormValidation() {
	}

	/**
	 * Validates a step. A step whose condition is false for the earlier answers accepts nothing and has no errors.
	 *
	 * @param typed what was typed, by parameter name
	 * @param earlier the answers accepted on earlier steps, which conditions may refer to
	 * @param today the date in Sweden, for dates and conditions on {@code today}
	 */
	public static StepResult validate(Step step, Map<String, List<String>> typed, Answers earlier, LocalDate today) {
		Map<String, List<String>> input = clean(typed);
		if (!step.isShown(earlier, today)) {
			return new StepResult(Answers.NONE, List.of(), input);
		}
		List<FieldError> errors = new ArrayList<>();
		Answers accepted = validateFields(step.fields(), "", input, earlier, today, errors);
		return new StepResult(accepted, errors, input);
	}

	private static Answers validateFields(List<Field> fields, String prefix, Map<String, List<String>> input,
			Answers earlier, LocalDate today, List<FieldError> errors) {
		Map<String, Object> accepted = new LinkedHashMap<>();
		for (Field field : fields) {
			Answers context = earlier.and(new Answers(accepted));
			if (!field.type().hasAnswer() || !field.isShown(context, today)) {
				continue;
			}
			Check check = new Check(field, prefix + field.id(), field.isRequired(context, today), input, context, today);
			Optional<Object> answer = check.run();
			answer.ifPresent(value -> accepted.put(field.id(), value));
			errors.addAll(check.errors);
			if (field.type() == FieldType.REPEATING_GROUP && check.errors.isEmpty()) {
				List<Answers> items = new ArrayList<>();
				for (int index : check.itemIndexes) {
					String itemPrefix = prefix + field.id() + "[" + index + "].";
					items.add(validateFields(field.children(), itemPrefix, input, context, today, errors));
				}
				if (!items.isEmpty()) {
					accepted.put(field.id(), List.copyOf(items));
				}
			}
		}
		return new Answers(accepted);
	}

	/** The parameters without nulls, so a hostile request cannot make the copies fail. */
	private static Map<String, List<String>> clean(Map<String, List<String>> typed) {
		Map<String, List<String>> clean = new LinkedHashMap<>();
		if (typed != null) {
			typed.forEach((name, values) -> {
				if (name != null) {
					List<String> kept = new ArrayList<>();
					if (values != null) {
						values.forEach(value -> kept.add(value == null ? "" : value));
					}
					clean.put(name, List.copyOf(kept));
				}
			});
		}
		return clean;
	}

	/** The check of one field's answer. */
	private static final class Check {

		private final Field field;
		private final String name;
		private final boolean required;
		private final Map<String, List<String>> input;
		private final Answers context;
		private final LocalDate today;
		private final List<FieldError> errors = new ArrayList<>();
		private final TreeSet<Integer> itemIndexes = new TreeSet<>();

		Check(Field field, String name, boolean required, Map<String, List<String>> input, Answers context,
				LocalDate today) {
			this.field = field;
			this.name = name;
			this.required = required;
			this.input = input;
			this.context = context;
			this.today = today;
		}

		Optional<Object> run() {
			switch (field.type()) {
				case DATE:
					return date();
				case MULTIPLE_CHOICE:
					return multipleChoice();
				case FILE:
					return files();
				case REPEATING_GROUP:
					return group();
				case DECLARATION:
					return declaration();
				default:
					return single();
			}
		}

		private Optional<Object> single() {
			String typed = first(name);
			if (typed.isBlank()) {
				return missing();
			}
			boolean multiLine = field.type() == FieldType.LONG_TEXT || field.type() == FieldType.ADDRESS;
			if (TypedFormats.hasControlCharacters(typed, multiLine)) {
				return error("forms.error.control-characters");
			}
			String value = typed.strip();
			switch (field.type()) {
				case TEXT:
					return text(value, TEXT_LIMIT);
				case LONG_TEXT:
					return text(value, LONG_TEXT_LIMIT);
				case ADDRESS:
					return text(value, TEXT_LIMIT);
				case NUMBER:
					return number(value);
				case SINGLE_CHOICE:
					return choice(value);
				case YES_NO:
					return yesNo(value);
				case IDENTITY_NUMBER:
					return identityNumber(value);
				case ORGANISATION_NUMBER:
					return organisationNumber(value);
				case EMAIL:
					return email(value);
				case PHONE:
					return phone(value);
				case PROPERTY_DESIGNATION:
					return propertyDesignation(value);
				default:
					return text(value, TEXT_LIMIT);
			}
		}

		private Optional<Object> text(String value, int typeLimit) {
			int limit = Math.min(typeLimit, field.rules().maxLength().orElse(typeLimit));
			if (value.codePointCount(0, value.length()) > limit) {
				return error("forms.error.too-long", limit);
			}
			return Optional.of(value);
		}

		private Optional<Object> number(String value) {
			Optional<BigDecimal> parsed = TypedFormats.number(value);
			if (parsed.isEmpty()) {
				return error("forms.error.not-a-number");
			}
			BigDecimal number = parsed.get();
			String unit = field.rules().unit().orElse("");
			Optional<BigDecimal> min = field.rules().min();
			if (min.isPresent() && number.compareTo(min.get()) < 0) {
				return error("forms.error.below-min", min.get().toPlainString(), unit);
			}
			Optional<BigDecimal> max = field.rules().max();
			if (max.isPresent() && number.compareTo(max.get()) > 0) {
				return error("forms.error.above-max", max.get().toPlainString(), unit);
			}
			return Optional.of(number);
		}

		private Optional<Object> choice(String value) {
			if (field.options().stream().noneMatch(option -> option.value().equals(value))) {
				return error("forms.error.not-an-option");
			}
			return Optional.of(value);
		}

		private Optional<Object> yesNo(String value) {
			if (value.equals("yes") || value.equals("no")) {
				return Optional.of(value.equals("yes"));
			}
			return error("forms.error.not-an-option");
		}

		private Optional<Object> identityNumber(String value) {
			try {
				return Optional.of(PersonalIdentityNumber.parse(value, today));
			}
			catch (InvalidIdentityNumberException invalid) {
				return error(invalid.problem().messageKey());
			}
		}

		private Optional<Object> organisationNumber(String value) {
			try {
				return Optional.of(OrganisationNumber.parse(value));
			}
			catch (InvalidOrganisationNumberException invalid) {
				return error(invalid.problem().messageKey());
			}
		}

		private Optional<Object> email(String value) {
			return TypedFormats.email(value).<Object>map(email -> email).or(() -> error("forms.error.invalid-email"));
		}

		private Optional<Object> phone(String value) {
			return TypedFormats.phone(value).<Object>map(phone -> phone).or(() -> error("forms.error.invalid-phone"));
		}

		private Optional<Object> propertyDesignation(String value) {
			return TypedFormats.propertyDesignation(value).<Object>map(designation -> designation)
					.or(() -> error("forms.error.invalid-property-designation"));
		}

		private Optional<Object> date() {
			String day = first(name + "Day").strip();
			String month = first(name + "Month").strip();
			String year = first(name + "Year").strip();
			if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
				return missing();
			}
			LocalDate date;
			try {
				if (!DIGITS.matcher(day).matches() || !DIGITS.matcher(month).matches() || year.length() != 4
						|| !DIGITS.matcher(year).matches()) {
					return error("forms.error.not-a-date");
				}
				date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			}
			catch (DateTimeException noSuchDate) {
				return error("forms.error.not-a-date");
			}
			if (field.rules().afterToday() && !date.isAfter(today)) {
				return error("forms.error.date-not-after-today");
			}
			Optional<LocalDate> after = field.rules().after().flatMap(this::dateOf);
			if (after.isPresent() && !date.isAfter(after.get())) {
				return error("forms.error.date-not-after", after.get().toString());
			}
			Optional<LocalDate> before = field.rules().before().flatMap(this::dateOf);
			if (before.isPresent() && !date.isBefore(before.get())) {
				return error("forms.error.date-not-before", before.get().toString());
			}
			return Optional.of(date);
		}

		private Optional<LocalDate> dateOf(String fieldId) {
			return context.get(fieldId).filter(LocalDate.class::isInstance).map(LocalDate.class::cast);
		}

		private Optional<Object> multipleChoice() {
			List<String> chosen = nonBlank(name);
			if (chosen.isEmpty()) {
				return missing();
			}
			for (String value : chosen) {
				if (field.options().stream().noneMatch(option -> option.value().equals(value))) {
					return error("forms.error.not-an-option");
				}
			}
			return Optional.of(List.copyOf(new java.util.LinkedHashSet<>(chosen)));
		}

		private Optional<Object> files() {
			List<String> references = nonBlank(name);
			if (references.isEmpty()) {
				return missing();
			}
			if (references.stream().anyMatch(reference -> TypedFormats.hasControlCharacters(reference, false))) {
				return error("forms.error.control-characters");
			}
			int most = field.rules().maxFiles().orElse(ITEM_LIMIT);
			if (references.size() > most) {
				return error("forms.error.too-many-files", most);
			}
			return Optional.of(List.copyOf(references));
		}

		private Optional<Object> declaration() {
			String typed = first(name).strip();
			if (typed.equals("yes") || typed.equals("true") || typed.equals("on")) {
				return Optional.of(Boolean.TRUE);
			}
			return error("forms.error.declaration");
		}

		/** Finds the items typed; their fields are checked by the caller when their number is right. */
		private Optional<Object> group() {
			String start = name + "[";
			for (String key : input.keySet()) {
				int close = key.indexOf("].", start.length());
				if (key.startsWith(start) && close > start.length()) {
					String index = key.substring(start.length(), close);
					if (index.length() <= 4 && index.chars().allMatch(c -> c >= '0' && c <= '9')) {
						itemIndexes.add(Integer.parseInt(index));
					}
				}
			}
			int fewest = field.rules().minItems().orElse(required ? 1 : 0);
			int most = Math.min(field.rules().maxItems().orElse(ITEM_LIMIT), ITEM_LIMIT);
			if (itemIndexes.isEmpty() && fewest > 0 && field.rules().minItems().isEmpty()) {
				return error("forms.error.required");
			}
			if (itemIndexes.size() < fewest) {
				return error("forms.error.too-few-items", fewest);
			}
			if (itemIndexes.size() > most) {
				return error("forms.error.too-many-items", most);
			}
			return Optional.empty();
		}

		private Optional<Object> missing() {
			return required ? error("forms.error.required") : Optional.empty();
		}

		private Optional<Object> error(String key, Object... arguments) {
			errors.add(FieldError.of(name, key, arguments));
			return Optional.empty();
		}

		private String first(String parameter) {
			List<String> values = input.get(parameter);
			return values == null || values.isEmpty() ? "" : values.get(0);
		}

		private List<String> nonBlank(String parameter) {
			return input.getOrDefault(parameter, List.of()).stream().filter(value -> !value.isBlank())
					.map(String::strip).toList();
		}
	}
}
