package org.cityhall.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A parsed condition of the form language, which shows or requires a step or field. The grammar
 * is in {@code docs/forms.md}; {@link #parse(String, Set)} reads it and {@link #print()} writes it
 * back so that parsing the printed text gives the same condition.
 * <p>
 * A comparison with a field that was not answered, or whose answer is of another kind than the
 * literal, is false; so {@code not (x)} is always the opposite of {@code x}.
 */
public sealed interface Condition {

	/** The words that cannot be field ids. */
	Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "answered", "today", "true", "false");

	/**
	 * Reads a condition.
	 *
	 * @param known the ids of the fields it may refer to
	 * @throws ConditionSyntaxException naming the column and what was expected, or the unknown field
	 */
	static Condition parse(String text, Set<String> known) {
		return new ConditionParser(text, known::contains).parse();
	}

	/** Reads a condition that may refer to any field. */
	static Condition parse(String text) {
		return new ConditionParser(text, id -> true).parse();
	}

	/** Whether the condition holds for the answers, dates compared with {@code today}. */
	boolean evaluate(Answers answers, LocalDate today);

	/** The condition in the form language, fully parenthesised. */
	String print();

	/** The ids of the fields the condition refers to. */
	default Set<String> fields() {
		Set<String> fields = new LinkedHashSet<>();
		collectFields(fields);
		return fields;
	}

	/** Adds the referenced field ids to the set. */
	void collectFields(Set<String> into);

	/** The operators of a comparison. */
	enum Operator {
		EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		/** The operator as written. */
		public String symbol() {
			return symbol;
		}

		boolean holds(int comparison) {
			return switch (this) {
				case EQUAL -> comparison == 0;
				case NOT_EQUAL -> comparison != 0;
				case LESS -> comparison < 0;
				case LESS_OR_EQUAL -> comparison <= 0;
				case GREATER -> comparison > 0;
				case GREATER_OR_EQUAL -> comparison >= 0;
			};
		}
	}

	/** A value written in a condition. */
	sealed interface Literal {

		/** The literal as written. */
		String print();
	}

	/** A text in single quotes; a quote or backslash inside is preceded by a backslash. A text of the form 2026-05-01 also compares with dates. */
	record Text(String value) implements Literal {

		public Text {
			Objects.requireNonNull(value);
		}

		@Override
		public String print() {
			return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
		}
	}

	/** A decimal number such as {@code 150} or {@code -2.5}. */
	record Number(BigDecimal value) implements Literal {

		public Number {
			Objects.requireNonNull(value);
		}

		@Override
		public String print() {
			return value.toPlainString();
		}
	}

	/** {@code true} or {@code false}, compared with yes/no and declaration answers. */
	record Bool(boolean value) implements Literal {

		@Override
		public String print() {
			return Boolean.toString(value);
		}
	}

	/** {@code today}: the date the condition is evaluated on. */
	record Today() implements Literal {

		@Override
		public String print() {
			return "today";
		}
	}

	/** {@code field op literal}. */
	record Comparison(String field, Operator operator, Literal literal) implements Condition {

		public Comparison {
			Objects.requireNonNull(field);
			Objects.requireNonNull(operator);
			Objects.requireNonNull(literal);
		}

		@Override
		public boolean evaluate(Answers answers, LocalDate today) {
			Object answer = answers.get(field).orElse(null);
			if (answer == null) {
				return false;
			}
			if (answer instanceof Collection<?> values && operator == Operator.EQUAL) {
				return values.stream().anyMatch(value -> Integer.valueOf(0).equals(compare(value, literal, today)));
			}
			if (answer instanceof Collection<?> values && operator == Operator.NOT_EQUAL) {
				return values.stream().noneMatch(value -> Integer.valueOf(0).equals(compare(value, literal, today)));
			}
			Integer comparison = compare(answer, literal, today);
			return comparison != null && operator.holds(comparison);
		}

		@Override
		public String print() {
			return field + " " + operator.symbol() + " " + literal.print();
		}

		@Override
		public void collectFields(Set<String> into) {
			into.add(field);
		}
	}

	/** {@code field in [literal, ...]}: the answer equals one of them. */
	record In(String field, List<Literal> literals) implements Condition {

		public In {
			Objects.requireNonNull(field);
			literals = List.copyOf(literals);
		}

		@Override
		public boolean evaluate(Answers answers, LocalDate today) {
			return literals.stream().anyMatch(literal -> new Comparison(field, Operator.EQUAL, literal).evaluate(answers, today));
		}

		@Override
		public String print() {
			return field + " in [" + literals.stream().map(Literal::print).collect(Collectors.joining(", ")) + "]";
		}

		@Override
		public void collectFields(Set<String> into) {
			into.add(field);
		}
	}

	/** {@code field is answered}. */
	record IsAnswered(String field) implements Condition {

		public IsAnswered {
			Objects.requireNonNull(field);
		}

		@Override
		public boolean evaluate(Answers answers, LocalDate today) {
			return answers.isAnswered(field);
		}

		@Override
		public String print() {
			return field + " is answered";
		}

		@Override
		public void collectFields(Set<String> into) {
			into.add(field);
		}
	}

	/** {@code left and right}. */
	record And(Condition left, Condition right) implements Condition {

		public And {
			Objects.requireNonNull(left);
			Objects.requireNonNull(right);
		}

		@Override
		public boolean evaluate(Answers answers, LocalDate today) {
			return left.evaluate(answers, today) && right.evaluate(answers, today);
		}

		@Override
		public String print() {
			return "(" + left.print() + " and " + right.print() + ")";
		}

		@Override
		public void collectFields(Set<String> into) {
			left.collectFields(into);
			right.collectFields(into);
		}
	}

	/** {@code left or right}. */
	record Or(Condition left, Condition right) implements Condition {

		public Or {
			Objects.requireNonNull(left);
			Objects.requireNonNull(right);
		}

		@Override
		public boolean evaluate(Answers answers, LocalDate today) {
			return left.evaluate(answers, today) || right.evaluate(answers, today);
		}

		@Override
		public String print() {
			return "(" + left.print() + " or " + right.print() + ")";
		}

		@Override
		public void collectFields(Set<String> into) {
			left.collectFields(into);
			right.collectFields(into);
		}
	}

	/** {@code not (condition)}. */
	record Not(Condition condition) implements Condition {

		public Not {
			Objects.requireNonNull(condition);
		}

		@Override
		public boolean evaluate(Answers answers, LocalDate today) {
			return !condition.evaluate(answers, today);
		}

		@Override
		public String print() {
			return "not (" + condition.print() + ")";
		}

		@Override
		public void collectFields(Set<String> into) {
			condition.collectFields(into);
		}
	}

	/** How an answer compares with a literal, or null when they are of different kinds. */
	private static Integer compare(Object answer, Literal literal, LocalDate today) {
		if (literal instanceof Number number && answer instanceof BigDecimal decimal) {
			return decimal.compareTo(number.value());
		}
		if (literal instanceof Bool bool && answer instanceof Boolean yes) {
			return Boolean.compare(yes, bool.value());
		}
		if (literal instanceof Today && answer instanceof LocalDate date) {
			return date.compareTo(today);
		}
		if (literal instanceof Text text && answer instanceof LocalDate date) {
			try {
				return date.compareTo(LocalDate.parse(text.value()));
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
		if (literal instanceof Text text && answer instanceof String string) {
			return string.compareTo(text.value());
		}
		if (literal instanceof Text text && answer instanceof PersonalIdentityNumber number) {
			return number.value().compareTo(text.value());
		}
		if (literal instanceof Text text && answer instanceof OrganisationNumber number) {
			return number.value().compareTo(text.value());
		}
		return null;
	}
}
