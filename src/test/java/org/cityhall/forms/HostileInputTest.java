package org.cityhall.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class HostileInputTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	static final List<String> HOSTILE = List.of(
			"<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>",
			"'; DROP TABLE cases_case; --",
			"1 OR 1=1",
			"${7*7}",
			"__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
			"[[${#ctx}]]",
			"x".repeat(1_000_000),
			"\u202Egnp.exe",
			"\u200B\u200B\u200B",
			"e\u0301\u0301\u0301\u0301\u0301",
			"\uD800",
			"\uDC00abc",
			"\uFEFF12",
			"１２３",
			"٣٤٥",
			"\u0000",
			"\u001b[31mred",
			"line\nbreak",
			"NaN",
			"Infinity",
			"-0",
			"9".repeat(400),
			"1e99999999",
			"0x1F",
			"+46" + "7".repeat(10_000),
			"a@b@c",
			"@",
			"99:99",
			"Tallen 4:12" + "9".repeat(100),
			"yes\u0000",
			"../../etc/passwd",
			"",
			"   ");

	static Stream<Arguments> fieldsAndValues() {
		List<Arguments> arguments = new ArrayList<>();
		for (FieldType type : FieldType.values()) {
			for (String value : HOSTILE) {
				arguments.add(Arguments.of(type, value));
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fieldsAndValues")
	void hostileInputGetsAMessageAndNeverAnException(FieldType type, String value) {
		Field field = Forms.choice("answer", type, "rock", "air").withRules(FieldRules.NONE
				.withRange(BigDecimal.ONE, new BigDecimal(300)).withAfterToday().withItems(0, 3))
				.withChildren(List.of(Forms.required("name", FieldType.TEXT)));
		Step step = Forms.step(field);
		Map<String, List<String>> typed = new HashMap<>();
		for (String name : List.of("answer", "answerDay", "answerMonth", "answerYear", "answer[0].name", "answer[" + value + "].name")) {
			typed.put(name, Arrays.asList(value, value));
		}

		StepResult[] result = new StepResult[1];
		assertThatCode(() -> result[0] = FormValidation.validate(step, typed, Answers.NONE, TODAY)).doesNotThrowAnyException();

		assertThat(result[0].typed().get("answer")).containsExactly(value, value);
		if (result[0].accepted().isAnswered("answer") && type != FieldType.REPEATING_GROUP) {
			Object accepted = result[0].accepted().get("answer").get();
			assertThat(accepted.toString()).doesNotContain("\u0000");
			if (accepted instanceof String text) {
				assertThat(text.length()).isLessThanOrEqualTo(FormValidation.LONG_TEXT_LIMIT);
			}
		}
		else if (type.hasAnswer() && !value.isBlank() && type != FieldType.REPEATING_GROUP) {
			assertThat(result[0].errorAt("answer")).as("a message for %s", type).isPresent();
		}
	}

	@ParameterizedTest
	@EnumSource(FieldType.class)
	void nullsInTheRequestAreTreatedAsNothingTyped(FieldType type) {
		Map<String, List<String>> typed = new HashMap<>();
		typed.put("answer", null);
		typed.put(null, List.of("x"));
		typed.put("answerDay", Arrays.asList((String) null));
		assertThatCode(() -> FormValidation.validate(Forms.step(Forms.required("answer", type)), typed, Answers.NONE, TODAY))
				.doesNotThrowAnyException();
	}
}
