package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cityhall.shared.InvalidIdentityNumberException.Problem;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class PersonalIdentityNumberPropertyTest {

	static final LocalDate TODAY = PersonalIdentityNumberTest.TODAY;

	@Property
	void everyNumberParsesBackFromEveryWayOfWritingIt(@ForAll("numbers") PersonalIdentityNumber number) {
		for (String typed : waysToWrite(number)) {
			PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(typed, TODAY);

			assertThat(parsed).as(typed).isEqualTo(number);
			assertThat(parsed.value()).isEqualTo(number.value());
			assertThat(parsed.birthDate()).isEqualTo(number.birthDate());
			assertThat(parsed.isCoordinationNumber()).isEqualTo(number.isCoordinationNumber());
		}
	}

	@Property
	void everySingleMistypedDigitIsRefused(@ForAll("numbers") PersonalIdentityNumber number,
			@ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
		char[] digits = number.value().substring(2).toCharArray();
		digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

		Problem problem = problemOf(withSeparator(new String(digits), separatorFor(number)));

		assertThat(problem).isIn(Problem.CHECK_DIGIT, Problem.NO_SUCH_DATE);
	}

	@Property
	void everySwapOfNeighbouringDigitsIsRefusedUnlessTheyAreZeroAndNine(
			@ForAll("numbers") PersonalIdentityNumber number, @ForAll @IntRange(min = 0, max = 8) int position) {
		char[] digits = number.value().substring(2).toCharArray();
		char left = digits[position];
		char right = digits[position + 1];
		Assume.that(left != right && !(left == '0' && right == '9') && !(left == '9' && right == '0'));
		digits[position] = right;
		digits[position + 1] = left;

		Problem problem = problemOf(withSeparator(new String(digits), separatorFor(number)));

		assertThat(problem).isIn(Problem.CHECK_DIGIT, Problem.NO_SUCH_DATE);
	}

	@Property
	void anyTextIsEitherANumberOrRefusedWithAProblem(@ForAll String typed) {
		assertParsesOrIsRefusedWithAProblem(typed);
	}

	@Property
	void anyTextOfDigitsAndSeparatorsIsEitherANumberOrRefusedWithAProblem(
			@ForAll @StringLength(max = 16) @NumericChars @Chars({ '-', '+', ' ' }) String typed) {
		assertParsesOrIsRefusedWithAProblem(typed);
	}

	@Property
	void theMessageOfARefusalNeverContainsTheDigitsTyped(@ForAll("numbers") PersonalIdentityNumber number) {
		String last = number.value().substring(11);
		String wrong = number.value().substring(0, 11) + (char) ('0' + (last.charAt(0) - '0' + 1) % 10);

		Throwable thrown = catchThrowable(() -> PersonalIdentityNumber.parse(wrong, TODAY));

		assertThat(thrown).isInstanceOf(InvalidIdentityNumberException.class);
		assertThat(thrown.getMessage()).doesNotContain(wrong.substring(2, 8)).doesNotContain(wrong.substring(8));
	}

	@Provide
	Arbitrary<PersonalIdentityNumber> numbers() {
		Arbitrary<LocalDate> anyDay = days(LocalDate.of(1900, 1, 1), TODAY);
		Arbitrary<LocalDate> nearTheHundredthBirthday = days(TODAY.minusYears(100).minusDays(3), TODAY.minusYears(100).plusDays(3));
		Arbitrary<LocalDate> nearToday = days(TODAY.minusDays(3), TODAY);
		Arbitrary<LocalDate> leapDays = Arbitraries.integers().between(1900, 2024)
				.filter(year -> year % 4 == 0 && year != 1900)
				.map(year -> LocalDate.of(year, 2, 29));
		Arbitrary<LocalDate> birthDates = Arbitraries.frequencyOf(
				Tuple.of(10, anyDay), Tuple.of(1, nearTheHundredthBirthday), Tuple.of(1, nearToday), Tuple.of(1, leapDays));
		return Combinators.combine(birthDates, Arbitraries.integers().between(0, 999), Arbitraries.of(false, true))
				.as(PersonalIdentityNumber::of);
	}

	private static Arbitrary<LocalDate> days(LocalDate first, LocalDate last) {
		return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
	}

	private static List<String> waysToWrite(PersonalIdentityNumber number) {
		String twelve = number.value();
		String ten = twelve.substring(2);
		char separator = separatorFor(number);
		List<String> ways = new ArrayList<>(List.of(twelve, number.formatted(), withSeparator(ten, separator), " " + twelve + " "));
		if (separator == '-') {
			ways.add(ten);
		}
		else {
			ways.add(withSeparator(twelve, '+'));
		}
		return ways;
	}

	private static char separatorFor(PersonalIdentityNumber number) {
		return number.ageOn(TODAY) >= 100 ? '+' : '-';
	}

	private static String withSeparator(String digits, char separator) {
		return PersonalIdentityNumberTest.withSeparator(digits, separator);
	}

	private static Problem problemOf(String typed) {
		return PersonalIdentityNumberTest.problemOf(typed);
	}

	private static void assertParsesOrIsRefusedWithAProblem(String typed) {
		try {
			PersonalIdentityNumber number = PersonalIdentityNumber.parse(typed, TODAY);
			assertThat(number.value()).hasSize(12).containsOnlyDigits();
			assertThat(number.birthDate()).isBeforeOrEqualTo(TODAY);
		}
		catch (InvalidIdentityNumberException refused) {
			assertThat(refused.problem()).isNotNull();
		}
	}
}
