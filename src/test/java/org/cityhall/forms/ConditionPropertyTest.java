package org.cityhall.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConditionPropertyTest {

	private static final List<String> FIELDS = List.of("heatSource", "depth", "startDate", "married", "animals");
	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	@Property
	void printingAndParsingAgainGivesTheSameCondition(@ForAll("conditions") Condition condition) {
		assertThat(Condition.parse(condition.print())).isEqualTo(condition);
	}

	@Property
	void notIsTheNegationOfItsCondition(@ForAll("conditions") Condition condition, @ForAll("answers") Answers answers) {
		Condition negated = Condition.parse("not (" + condition.print() + ")");
		assertThat(negated.evaluate(answers, TODAY)).isEqualTo(!condition.evaluate(answers, TODAY));
	}

	@Provide
	Arbitrary<Condition> conditions() {
		return Arbitraries.lazyOf(
				this::comparison,
				this::in,
				() -> field().map(Condition.IsAnswered::new),
				() -> conditions().map(Condition.Not::new),
				() -> Combinators.combine(conditions(), conditions()).as(Condition.And::new),
				() -> Combinators.combine(conditions(), conditions()).as(Condition.Or::new));
	}

	private Arbitrary<Condition> comparison() {
		return Combinators.combine(field(), Arbitraries.of(Condition.Operator.class), literal()).as(Condition.Comparison::new);
	}

	private Arbitrary<Condition> in() {
		return Combinators.combine(field(), literal().list().ofMinSize(1).ofMaxSize(4)).as(Condition.In::new);
	}

	private Arbitrary<String> field() {
		return Arbitraries.of(FIELDS);
	}

	private Arbitrary<Condition.Literal> literal() {
		return Arbitraries.oneOf(
				Arbitraries.strings().ofMaxLength(8).map(Condition.Text::new),
				Arbitraries.of("rock", "air", "2026-05-01", "").map(Condition.Text::new),
				Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2)
						.map(Condition.Number::new),
				Arbitraries.integers().between(-500, 500).map(value -> new Condition.Number(BigDecimal.valueOf(value))),
				Arbitraries.of(true, false).map(Condition.Bool::new),
				Arbitraries.just(new Condition.Today()));
	}

	@Provide
	Arbitrary<Answers> answers() {
		Arbitrary<Object> heatSource = Arbitraries.of("rock", "air", "lake");
		Arbitrary<Object> depth = Arbitraries.integers().between(-10, 400).map(BigDecimal::valueOf);
		Arbitrary<Object> startDate = Arbitraries.integers().between(-10, 10).map(TODAY::plusDays);
		Arbitrary<Object> married = Arbitraries.of(true, false);
		Arbitrary<Object> animals = Arbitraries.of("cat", "dog", "rock").list().ofMaxSize(3).map(list -> list);
		return Combinators.combine(heatSource.injectNull(0.3), depth.injectNull(0.3), startDate.injectNull(0.3),
				married.injectNull(0.3), animals.injectNull(0.3)).as((h, d, s, m, a) -> {
					Map<String, Object> values = new HashMap<>();
					put(values, "heatSource", h);
					put(values, "depth", d);
					put(values, "startDate", s);
					put(values, "married", m);
					put(values, "animals", a);
					return new Answers(values);
				});
	}

	private static void put(Map<String, Object> values, String id, Object value) {
		if (value != null) {
			values.put(id, value);
		}
	}
}
