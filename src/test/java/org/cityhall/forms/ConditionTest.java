package org.cityhall.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConditionTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
	private static final Set<String> KNOWN = Set.of("heatSource", "depth", "startDate", "animals", "married", "name");

	private static boolean holds(String condition, Map<String, Object> answers) {
		return Condition.parse(condition, KNOWN).evaluate(new Answers(answers), TODAY);
	}

	@Test
	void comparesATextAnswerWithALiteral() {
		assertThat(holds("heatSource == 'rock'", Map.of("heatSource", "rock"))).isTrue();
		assertThat(holds("heatSource == 'rock'", Map.of("heatSource", "air"))).isFalse();
		assertThat(holds("heatSource != 'rock'", Map.of("heatSource", "air"))).isTrue();
	}

	@Test
	void comparesNumbersByValue() {
		assertThat(holds("depth > 150", Map.of("depth", new BigDecimal("150.5")))).isTrue();
		assertThat(holds("depth > 150", Map.of("depth", new BigDecimal("150")))).isFalse();
		assertThat(holds("depth >= 150.0", Map.of("depth", new BigDecimal("150")))).isTrue();
		assertThat(holds("depth < -2", Map.of("depth", new BigDecimal("-3")))).isTrue();
	}

	@Test
	void comparesDatesWithTodayAndWithWrittenDates() {
		assertThat(holds("startDate < today", Map.of("startDate", TODAY.minusDays(1)))).isTrue();
		assertThat(holds("startDate < today", Map.of("startDate", TODAY))).isFalse();
		assertThat(holds("startDate >= '2026-06-01'", Map.of("startDate", LocalDate.of(2026, 6, 1)))).isTrue();
	}

	@Test
	void inMatchesAnyOfTheListedValues() {
		assertThat(holds("heatSource in ['rock', 'lake']", Map.of("heatSource", "lake"))).isTrue();
		assertThat(holds("heatSource in ['rock', 'lake']", Map.of("heatSource", "air"))).isFalse();
	}

	@Test
	void aMultipleChoiceEqualsEachValueChosen() {
		assertThat(holds("animals == 'cat'", Map.of("animals", List.of("dog", "cat")))).isTrue();
		assertThat(holds("animals != 'cat'", Map.of("animals", List.of("dog", "cat")))).isFalse();
	}

	@Test
	void isAnsweredAndBooleansAndLogic() {
		assertThat(holds("name is answered", Map.of("name", "Ann"))).isTrue();
		assertThat(holds("name is answered", Map.of())).isFalse();
		assertThat(holds("married == true and not (name is answered)", Map.of("married", true))).isTrue();
		assertThat(holds("married == false or depth > 1 and depth < 3", Map.of("depth", new BigDecimal(2)))).isTrue();
	}

	@Test
	void andBindsTighterThanOrAndParenthesesOverrideIt() {
		Condition plain = Condition.parse("a == 1 or b == 2 and c == 3");
		assertThat(plain).isInstanceOf(Condition.Or.class);
		Condition grouped = Condition.parse("(a == 1 or b == 2) and c == 3");
		assertThat(grouped).isInstanceOf(Condition.And.class);
	}

	@Test
	void anUnansweredFieldMakesEveryComparisonFalse() {
		assertThat(holds("depth > 150", Map.of())).isFalse();
		assertThat(holds("depth <= 150", Map.of())).isFalse();
		assertThat(holds("not (depth > 150)", Map.of())).isTrue();
	}

	@Test
	void anAnswerOfAnotherKindThanTheLiteralDoesNotMatch() {
		assertThat(holds("depth == 'deep'", Map.of("depth", BigDecimal.TEN))).isFalse();
		assertThat(holds("heatSource > 3", Map.of("heatSource", "rock"))).isFalse();
	}

	@Test
	void printsFullyParenthesisedTextThatReadsBackTheSame() {
		Condition condition = Condition.parse("not heatSource == 'it\\'s' and depth in [1, 2.5] or x is answered");
		assertThat(condition.print()).isEqualTo("((not (heatSource == 'it\\'s') and depth in [1, 2.5]) or x is answered)");
		assertThat(Condition.parse(condition.print())).isEqualTo(condition);
	}

	@Test
	void namesTheFieldsItRefersTo() {
		assertThat(Condition.parse("a == 1 and (b is answered or not c in ['x'])").fields()).containsExactly("a", "b", "c");
	}

	@Test
	void aBadExpressionNamesTheColumnAndWhatWasExpected() {
		assertThatThrownBy(() -> Condition.parse("depth >"))
				.isInstanceOfSatisfying(ConditionSyntaxException.class, ex -> {
					assertThat(ex.column()).isEqualTo(8);
					assertThat(ex.problem()).contains("expected a text in single quotes, a number").contains("the end");
				});
		assertThatThrownBy(() -> Condition.parse("depth = 3"))
				.isInstanceOfSatisfying(ConditionSyntaxException.class, ex -> {
					assertThat(ex.column()).isEqualTo(7);
					assertThat(ex.problem()).contains("==, !=");
				});
		assertThatThrownBy(() -> Condition.parse("(a == 1"))
				.isInstanceOfSatisfying(ConditionSyntaxException.class, ex -> assertThat(ex.problem()).contains("')'"));
		assertThatThrownBy(() -> Condition.parse("a == 'open"))
				.isInstanceOfSatisfying(ConditionSyntaxException.class, ex -> assertThat(ex.column()).isEqualTo(6));
		assertThatThrownBy(() -> Condition.parse("a == 1 b == 2"))
				.isInstanceOfSatisfying(ConditionSyntaxException.class, ex -> assertThat(ex.column()).isEqualTo(8));
		assertThatThrownBy(() -> Condition.parse(""))
				.isInstanceOfSatisfying(ConditionSyntaxException.class, ex -> assertThat(ex.column()).isEqualTo(1));
		assertThatThrownBy(() -> Condition.parse("and == 1"))
				.isInstanceOfSatisfying(ConditionSyntaxException.class, ex -> assertThat(ex.problem()).contains("a field id"));
	}

	@Test
	void aReferenceToAnUnknownFieldIsReportedAtItsColumn() {
		assertThatThrownBy(() -> Condition.parse("heatSource == 'rock' and colour == 'red'", KNOWN))
				.isInstanceOfSatisfying(ConditionSyntaxException.class, ex -> {
					assertThat(ex.column()).isEqualTo(26);
					assertThat(ex.problem()).contains("'colour' is not a field defined before");
				});
	}

	@Test
	void deeplyNestedInputIsRefusedWithAMessageRatherThanAStackOverflow() {
		String deep = "not ".repeat(100_000) + "a == 1";
		assertThatThrownBy(() -> Condition.parse(deep)).isInstanceOf(ConditionSyntaxException.class);
		String parens = "(".repeat(100_000) + "a == 1" + ")".repeat(100_000);
		assertThatThrownBy(() -> Condition.parse(parens)).isInstanceOf(ConditionSyntaxException.class);
	}
}
