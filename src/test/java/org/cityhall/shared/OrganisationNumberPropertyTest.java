package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityhall.shared.InvalidOrganisationNumberException.Problem;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class OrganisationNumberPropertyTest {

	@Property
	void everyNumberParsesBackFromEveryWayOfWritingIt(@ForAll("numbers") OrganisationNumber number) {
		for (String typed : List.of(number.value(), number.formatted(), "16" + number.value(), "16" + number.formatted())) {
			assertThat(OrganisationNumber.parse(typed)).as(typed).isEqualTo(number);
			assertThat(OrganisationNumber.parse(typed).group()).isEqualTo(number.group());
		}
	}

	@Property
	void everySingleMistypedDigitIsRefused(@ForAll("numbers") OrganisationNumber number,
			@ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
		char[] digits = number.value().toCharArray();
		digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

		assertThat(OrganisationNumberTest.problemOf(new String(digits)))
				.isIn(Problem.CHECK_DIGIT, Problem.THIRD_DIGIT, Problem.FIRST_DIGIT);
	}

	@Property
	void everySwapOfNeighbouringDigitsIsRefusedUnlessTheyAreZeroAndNine(@ForAll("numbers") OrganisationNumber number,
			@ForAll @IntRange(min = 0, max = 8) int position) {
		char[] digits = number.value().toCharArray();
		char left = digits[position];
		char right = digits[position + 1];
		Assume.that(left != right && !(left == '0' && right == '9') && !(left == '9' && right == '0'));
		digits[position] = right;
		digits[position + 1] = left;

		assertThat(OrganisationNumberTest.problemOf(new String(digits)))
				.isIn(Problem.CHECK_DIGIT, Problem.THIRD_DIGIT, Problem.FIRST_DIGIT);
	}

	@Property
	void anyTextIsEitherANumberOrRefusedWithAProblem(@ForAll String typed) {
		assertParsesOrIsRefusedWithAProblem(typed);
	}

	@Property
	void anyTextOfDigitsAndHyphensIsEitherANumberOrRefusedWithAProblem(
			@ForAll @StringLength(max = 14) @NumericChars @Chars({ '-', ' ' }) String typed) {
		assertParsesOrIsRefusedWithAProblem(typed);
	}

	@Provide
	Arbitrary<OrganisationNumber> numbers() {
		Arbitrary<Character> firstDigits = Arbitraries.of('1', '2', '3', '5', '6', '7', '8', '9');
		Arbitrary<Character> anyDigit = Arbitraries.chars().range('0', '9');
		Arbitrary<Character> thirdDigits = Arbitraries.chars().range('2', '9');
		Arbitrary<String> lastSix = Arbitraries.strings().numeric().ofLength(6);
		return Combinators.combine(firstDigits, anyDigit, thirdDigits, lastSix)
				.as((first, second, third, rest) -> OrganisationNumber.of("" + first + second + third + rest));
	}

	private static void assertParsesOrIsRefusedWithAProblem(String typed) {
		try {
			OrganisationNumber number = OrganisationNumber.parse(typed);
			assertThat(number.value()).hasSize(10).containsOnlyDigits();
			assertThat(number.group()).isNotNull();
		}
		catch (InvalidOrganisationNumberException refused) {
			assertThat(refused.problem()).isNotNull();
		}
	}
}
