package org.cityhall.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.cityhall.forms.Condition.Literal;
import org.cityhall.forms.Condition.Operator;

/**
 * A recursive-descent parser of the form language:
 *
 * <pre>
 * or         = and { "or" and }
 * and        = unary { "and" unary }
 * unary      = "not" unary | primary
 * primary    = "(" or ")" | field ( operator literal | "in" "[" literal { "," literal } "]" | "is" "answered" )
 * operator   = "==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * literal    = text | number | "true" | "false" | "today"
 * </pre>
 */
final class ConditionParser {

	private static final int MAX_DEPTH = 100;

	private final String text;
	private final Predicate<String> known;
	private int position;
	private int depth;

	ConditionParser(String text, Predicate<String> known) {
		this.text = text == null ? "" : text;
		this.known = known;
	}

	Condition parse() {
		skipSpace();
		if (position >= text.length()) {
			throw expected("a condition");
		}
		Condition condition = or();
		skipSpace();
		if (position < text.length()) {
			throw expected("'and', 'or' or the end of the condition");
		}
		return condition;
	}

	private Condition or() {
		Condition left = and();
		while (word("or")) {
			left = new Condition.Or(left, and());
		}
		return left;
	}

	private Condition and() {
		Condition left = unary();
		while (word("and")) {
			left = new Condition.And(left, unary());
		}
		return left;
	}

	private Condition unary() {
		if (++depth > MAX_DEPTH) {
			throw expected("a condition nested at most " + MAX_DEPTH + " deep");
		}
		try {
			if (word("not")) {
				return new Condition.Not(unary());
			}
			return primary();
		}
		finally {
			depth--;
		}
	}

	private Condition primary() {
		skipSpace();
		if (symbol("(")) {
			Condition inner = or();
			if (!symbol(")")) {
				throw expected("')'");
			}
			return inner;
		}
		int start = position;
		String field = identifier();
		if (field == null || Condition.KEYWORDS.contains(field)) {
			position = start;
			throw expected("a field id or '('");
		}
		if (!known.test(field)) {
			throw new ConditionSyntaxException(start + 1,
					"'" + field + "' is not a field defined before this place in the form");
		}
		if (word("in")) {
			if (!symbol("[")) {
				throw expected("'['");
			}
			List<Literal> literals = new ArrayList<>();
			do {
				literals.add(literal());
			}
			while (symbol(","));
			if (!symbol("]")) {
				throw expected("',' or ']'");
			}
			return new Condition.In(field, literals);
		}
		if (word("is")) {
			if (!word("answered")) {
				throw expected("'answered'");
			}
			return new Condition.IsAnswered(field);
		}
		Operator operator = operator();
		if (operator == null) {
			throw expected("==, !=, <, <=, >, >=, 'in' or 'is answered'");
		}
		return new Condition.Comparison(field, operator, literal());
	}

	private Operator operator() {
		skipSpace();
		for (String symbol : List.of("==", "!=", "<=", ">=", "<", ">")) {
			if (text.startsWith(symbol, position)) {
				position += symbol.length();
				for (Operator operator : Operator.values()) {
					if (operator.symbol().equals(symbol)) {
						return operator;
					}
				}
			}
		}
		return null;
	}

	private Literal literal() {
		skipSpace();
		if (position < text.length() && text.charAt(position) == '\'') {
			return text();
		}
		if (position < text.length() && (isDigit(text.charAt(position)) || text.charAt(position) == '-')) {
			return number();
		}
		if (word("true")) {
			return new Condition.Bool(true);
		}
		if (word("false")) {
			return new Condition.Bool(false);
		}
		if (word("today")) {
			return new Condition.Today();
		}
		throw expected("a text in single quotes, a number, true, false or today");
	}

	private Literal text() {
		int start = position;
		position++;
		StringBuilder value = new StringBuilder();
		while (position < text.length()) {
			char c = text.charAt(position++);
			if (c == '\'') {
				return new Condition.Text(value.toString());
			}
			if (c == '\\') {
				if (position >= text.length()) {
					break;
				}
				value.append(text.charAt(position++));
			}
			else {
				value.append(c);
			}
		}
		position = text.length();
		throw new ConditionSyntaxException(start + 1, "the text that starts here to end with a single quote");
	}

	private Literal number() {
		int start = position;
		if (text.charAt(position) == '-') {
			position++;
		}
		int digits = position;
		while (position < text.length() && isDigit(text.charAt(position))) {
			position++;
		}
		if (position == digits) {
			position = start;
			throw expected("a number");
		}
		if (position < text.length() && text.charAt(position) == '.') {
			position++;
			int decimals = position;
			while (position < text.length() && isDigit(text.charAt(position))) {
				position++;
			}
			if (position == decimals) {
				throw expected("a digit after the decimal point");
			}
		}
		return new Condition.Number(new BigDecimal(text.substring(start, position)));
	}

	private String identifier() {
		skipSpace();
		int start = position;
		if (position < text.length() && isLetter(text.charAt(position))) {
			position++;
			while (position < text.length() && (isLetter(text.charAt(position)) || isDigit(text.charAt(position))
					|| text.charAt(position) == '_')) {
				position++;
			}
			return text.substring(start, position);
		}
		return null;
	}

	/** Consumes the keyword if it comes next as a whole word. */
	private boolean word(String keyword) {
		skipSpace();
		int end = position + keyword.length();
		if (text.startsWith(keyword, position) && (end >= text.length()
				|| !(isLetter(text.charAt(end)) || isDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
			position = end;
			return true;
		}
		return false;
	}

	private boolean symbol(String symbol) {
		skipSpace();
		if (text.startsWith(symbol, position)) {
			position += symbol.length();
			return true;
		}
		return false;
	}

	private void skipSpace() {
		while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t'
				|| text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
			position++;
		}
	}

	private ConditionSyntaxException expected(String what) {
		skipSpace();
		String found = position >= text.length() ? "the end" : "'" + text.charAt(position) + "'";
		return new ConditionSyntaxException(position + 1, "expected " + what + ", found " + found);
	}

	private static boolean isLetter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
