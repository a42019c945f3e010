package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.cityhall.shared.InvalidIdentityNumberException.Problem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumberTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void theTaxAgencysPublishedTestNumberIsValid() {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse("811218-9876", TODAY);

		assertThat(number.value()).isEqualTo("198112189876");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1981, 12, 18));
		assertThat(number.isCoordinationNumber()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "811218-9876", "8112189876", "198112189876", "19811218-9876", "  811218-9876 ",
			"\t19811218-9876\n", "\u00a0811218-9876\u2007" })
	void everyWayOfTypingTheSameNumberGivesTheSameNumber(String typed) {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse(typed, TODAY);

		assertThat(number).isEqualTo(PersonalIdentityNumber.parse("198112189876", TODAY));
		assertThat(number).hasSameHashCodeAs(PersonalIdentityNumber.parse("198112189876", TODAY));
		assertThat(number.value()).isEqualTo("198112189876");
	}

	@Test
	void aNumberMadeFromItsPartsHasTheCheckDigitComputed() {
		PersonalIdentityNumber number = PersonalIdentityNumber.of(LocalDate.of(1981, 12, 18), 987, false);

		assertThat(number.value()).isEqualTo("198112189876");
		assertThat(PersonalIdentityNumber.parse(number.value(), TODAY)).isEqualTo(number);
	}

	@Test
	void aPlusMeansTheCenturyBeforeSoACentenarianCanUseTenDigits() {
		PersonalIdentityNumber centenarian = PersonalIdentityNumber.parse("121212+1212", TODAY);
		PersonalIdentityNumber child = PersonalIdentityNumber.parse("121212-1212", TODAY);

		assertThat(centenarian.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
		assertThat(centenarian.value()).isEqualTo("191212121212");
		assertThat(centenarian.ageOn(TODAY)).isEqualTo(113);
		assertThat(child.birthDate()).isEqualTo(LocalDate.of(2012, 12, 12));
		assertThat(centenarian).isNotEqualTo(child);
	}

	@Test
	void twelveDigitsWithAPlusAreAcceptedForACentenarian() {
		assertThat(PersonalIdentityNumber.parse("19121212+1212", TODAY).birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
	}

	@Test
	void twelveDigitsWithAPlusAreRefusedForSomeoneUnder100() {
		assertThat(problemOf("20121212+1212")).isEqualTo(Problem.PLUS_UNDER_100);
	}

	@Test
	void aPlusIsRightFromTheHundredthBirthdayAndNotTheDayBefore() {
		PersonalIdentityNumber hundredToday = PersonalIdentityNumber.of(LocalDate.of(1926, 11, 26), 123, false);
		PersonalIdentityNumber hundredTomorrow = PersonalIdentityNumber.of(LocalDate.of(1926, 11, 27), 123, false);

		assertThat(PersonalIdentityNumber.parse(withSeparator(hundredToday.value(), '+'), TODAY)).isEqualTo(hundredToday);
		assertThat(PersonalIdentityNumber.parse(tenDigits(hundredToday, '+'), TODAY)).isEqualTo(hundredToday);
		assertThat(problemOf(withSeparator(hundredTomorrow.value(), '+'))).isEqualTo(Problem.PLUS_UNDER_100);
		assertThat(PersonalIdentityNumber.parse(tenDigits(hundredTomorrow, '-'), TODAY)).isEqualTo(hundredTomorrow);
	}

	@Test
	void tenDigitsForSomeoneBornTodayMeanThisYear() {
		PersonalIdentityNumber bornToday = PersonalIdentityNumber.of(TODAY, 1, false);

		PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(tenDigits(bornToday, '-'), TODAY);

		assertThat(parsed.birthDate()).isEqualTo(TODAY);
		assertThat(parsed.ageOn(TODAY)).isZero();
	}

	@Test
	void tenDigitsForEarlierThisYearMeanThisYear() {
		PersonalIdentityNumber newYear = PersonalIdentityNumber.of(LocalDate.of(2026, 1, 1), 2, false);

		assertThat(PersonalIdentityNumber.parse(tenDigits(newYear, '-'), TODAY).birthDate()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void tenDigitsForADayLaterInTheYearThanTodayMeanTheCenturyBefore() {
		PersonalIdentityNumber tomorrowsDigits = PersonalIdentityNumber.of(LocalDate.of(1926, 11, 27), 345, false);

		PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(tenDigits(tomorrowsDigits, '-'), TODAY);

		assertThat(parsed.birthDate()).isEqualTo(LocalDate.of(1926, 11, 27));
		assertThat(parsed.ageOn(TODAY)).isEqualTo(99);
		assertThat(PersonalIdentityNumber.parse(tenDigits(tomorrowsDigits, '+'), TODAY).birthDate())
				.isEqualTo(LocalDate.of(1826, 11, 27));
	}

	@Test
	void tenDigitsForAYearNotYetReachedMeanTheCenturyBefore() {
		PersonalIdentityNumber number = PersonalIdentityNumber.of(LocalDate.of(1927, 1, 1), 456, false);

		assertThat(PersonalIdentityNumber.parse(tenDigits(number, '-'), TODAY).birthDate()).isEqualTo(LocalDate.of(1927, 1, 1));
	}

	@Test
	void twelveDigitsForADayAfterTodayAreInTheFuture() {
		PersonalIdentityNumber tomorrow = PersonalIdentityNumber.of(TODAY.plusDays(1), 123, false);

		assertThat(problemOf(tomorrow.value())).isEqualTo(Problem.IN_THE_FUTURE);
		assertThat(PersonalIdentityNumber.parse(tomorrow.value(), TODAY.plusDays(1)).birthDate()).isEqualTo(TODAY.plusDays(1));
	}

	@Test
	void twelveDigitsNeedNoCenturyToBeInferredSoAnyLaterTodayReadsThemAlike() {
		assertThat(PersonalIdentityNumber.parse("198112189876", LocalDate.MAX).birthDate()).isEqualTo(LocalDate.of(1981, 12, 18));
	}

	@Test
	void tenDigitsJudgedAgainstADayBeyondYear9999AreRefusedRatherThanGivenAFiveDigitYear() {
		Throwable thrown = catchThrowable(() -> PersonalIdentityNumber.parse("811218-9876", LocalDate.MAX));

		assertThat(thrown).isInstanceOf(InvalidIdentityNumberException.class);
		assertThat(((InvalidIdentityNumberException) thrown).problem()).isEqualTo(Problem.NO_SUCH_DATE);
	}

	@Test
	void theLeapDayOf2000Exists() {
		PersonalIdentityNumber leapDay = PersonalIdentityNumber.of(LocalDate.of(2000, 2, 29), 123, false);

		assertThat(PersonalIdentityNumber.parse(tenDigits(leapDay, '-'), TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
		assertThat(PersonalIdentityNumber.parse(leapDay.value(), TODAY)).isEqualTo(leapDay);
	}

	@Test
	void theTwentyNinthOfFebruary1900DoesNotExist() {
		assertThat(problemOf(withCheckDigit("19000229123"))).isEqualTo(Problem.NO_SUCH_DATE);
		assertThat(problemOf(withSeparator(withCheckDigit("000229123"), '+'))).isEqualTo(Problem.NO_SUCH_DATE);
	}

	@Test
	void theTwentyNinthOfFebruaryOnlyExistsInLeapYears() {
		assertThat(PersonalIdentityNumber.parse(withCheckDigit("20240229123"), TODAY).birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(problemOf(withCheckDigit("20230229123"))).isEqualTo(Problem.NO_SUCH_DATE);
		assertThat(problemOf(withCheckDigit("230229123"))).isEqualTo(Problem.NO_SUCH_DATE);
	}

	@Test
	void aCoordinationNumberCarriesTheDayOfBirthPlusSixty() {
		PersonalIdentityNumber made = PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 239, true);
		String typed = tenDigits(made, '-');

		PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(typed, TODAY);

		assertThat(typed).startsWith("850472-239");
		assertThat(parsed.isCoordinationNumber()).isTrue();
		assertThat(parsed.birthDate()).isEqualTo(LocalDate.of(1985, 4, 12));
		assertThat(parsed.value()).startsWith("19850472239");
		assertThat(parsed.masked()).isEqualTo("19850472-****");
		assertThat(parsed.formatted()).isEqualTo("19850472-" + made.value().substring(8));
		assertThat(parsed).isEqualTo(made);
	}

	@Test
	void aCoordinationNumberIsNotThePersonalIdentityNumberOfTheSameDate() {
		assertThat(PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 239, true))
				.isNotEqualTo(PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 239, false));
	}

	@Test
	void coordinationDaysRunFrom61To91() {
		assertThat(PersonalIdentityNumber.parse(withCheckDigit("850361123"), TODAY).birthDate()).isEqualTo(LocalDate.of(1985, 3, 1));
		assertThat(PersonalIdentityNumber.parse(withCheckDigit("850391123"), TODAY).birthDate()).isEqualTo(LocalDate.of(1985, 3, 31));
		assertThat(problemOf(withCheckDigit("850392123"))).isEqualTo(Problem.NO_SUCH_DATE);
		assertThat(problemOf(withCheckDigit("850499123"))).isEqualTo(Problem.NO_SUCH_DATE);
		assertThat(problemOf(withCheckDigit("850491123"))).as("31 April").isEqualTo(Problem.NO_SUCH_DATE);
		assertThat(problemOf(withCheckDigit("850532123"))).as("between the two ranges").isEqualTo(Problem.NO_SUCH_DATE);
	}

	@Test
	void formattedShowsTwelveDigitsWithAHyphenEvenForACentenarian() {
		assertThat(PersonalIdentityNumber.parse("121212+1212", TODAY).formatted()).isEqualTo("19121212-1212");
		assertThat(PersonalIdentityNumber.parse("8112189876", TODAY).formatted()).isEqualTo("19811218-9876");
	}

	@Test
	void maskedHidesTheLastFourDigits() {
		assertThat(PersonalIdentityNumber.parse("811218-9876", TODAY).masked()).isEqualTo("19811218-****");
	}

	@Test
	void toStringNeverShowsTheFullNumber() {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse("811218-9876", TODAY);

		assertThat(number.toString()).isEqualTo("19811218-****").doesNotContain("9876");
		assertThat("resident " + number).isEqualTo("resident 19811218-****");
	}

	@Test
	void ageIsCountedInWholeYearsFromTheRealDateOfBirth() {
		PersonalIdentityNumber number = PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 239, true);

		assertThat(number.ageOn(LocalDate.of(2026, 4, 11))).isEqualTo(40);
		assertThat(number.ageOn(LocalDate.of(2026, 4, 12))).isEqualTo(41);
		assertThatIllegalArgumentException().isThrownBy(() -> number.ageOn(LocalDate.of(1985, 4, 11)));
	}

	@Test
	void swappingANeighbouringZeroAndNineIsTheOneTypingErrorTheCheckDigitMisses() {
		PersonalIdentityNumber number = PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 90, false);
		String typed = tenDigits(number, '-');
		String swapped = typed.replace("-090", "-900");

		assertThat(typed).contains("-090");
		assertThat(PersonalIdentityNumber.parse(swapped, TODAY)).isNotEqualTo(number);
	}

	@TestFactory
	Stream<DynamicTest> everyKindOfMistakeIsNamed() {
		return Mistakes.oneForEveryProblem(Problem.class, PersonalIdentityNumberTest::problemOf)
				.typed(null, Problem.EMPTY)
				.typed("", Problem.EMPTY)
				.typed("   \t ", Problem.EMPTY)
				.typed("811218-98a6", Problem.NOT_DIGITS)
				.typed("811218 9876", Problem.NOT_DIGITS)
				.typed("٨١١٢١٨-٩٨٧٦", Problem.NOT_DIGITS)
				.typed("８１１２１８-９８７６", Problem.NOT_DIGITS)
				.typed("81121898", Problem.WRONG_LENGTH)
				.typed("81121898761", Problem.WRONG_LENGTH)
				.typed("1981121898761", Problem.WRONG_LENGTH)
				.typed("-", Problem.WRONG_LENGTH)
				.typed("8112-189876", Problem.MISPLACED_SEPARATOR)
				.typed("811218--9876", Problem.MISPLACED_SEPARATOR)
				.typed("811218+-9876", Problem.MISPLACED_SEPARATOR)
				.typed("-8112189876", Problem.MISPLACED_SEPARATOR)
				.typed(withCheckDigit("811318987"), Problem.NO_SUCH_DATE)
				.typed(withCheckDigit("811200987"), Problem.NO_SUCH_DATE)
				.typed(withCheckDigit("810018987"), Problem.NO_SUCH_DATE)
				.typed(withCheckDigit("19811232987"), Problem.NO_SUCH_DATE)
				.typed(withCheckDigit("20261127987"), Problem.IN_THE_FUTURE)
				.typed(withCheckDigit("29991231987"), Problem.IN_THE_FUTURE)
				.typed(withSeparator(withCheckDigit("19811218987"), '+'), Problem.PLUS_UNDER_100)
				.typed("811218-9875", Problem.CHECK_DIGIT)
				.typed("19811218-9870", Problem.CHECK_DIGIT)
				.tests();
	}

	@Test
	void theMessageForLogsNamesTheProblemButNeverTheNumberTyped() {
		Throwable thrown = catchThrowable(() -> PersonalIdentityNumber.parse("811218-9875", TODAY));

		assertThat(thrown).isInstanceOf(InvalidIdentityNumberException.class);
		assertThat(thrown.getMessage())
				.isEqualTo("The check digit does not match – check for a typing error (CHECK_DIGIT, 11 characters typed)")
				.doesNotContain("811218")
				.doesNotContain("9875");
	}

	@Test
	void everyProblemHasAMessageKeyInTheSharedBundle() {
		assertThat(Problem.PLUS_UNDER_100.messageKey()).isEqualTo("shared.identity-number.plus-under-100");
		assertThat(Problem.CHECK_DIGIT.messageKey()).isEqualTo("shared.identity-number.check-digit");
	}

	@Test
	void isValidAnswersWithoutThrowing() {
		assertThat(PersonalIdentityNumber.isValid("811218-9876")).isTrue();
		assertThat(PersonalIdentityNumber.isValid("811218-9875")).isFalse();
		assertThat(PersonalIdentityNumber.isValid(null)).isFalse();
	}

	@Test
	void parseWithoutADateJudgesAgainstTodayInSweden() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		PersonalIdentityNumber bornToday = PersonalIdentityNumber.of(today, 5, false);
		PersonalIdentityNumber bornTomorrow = PersonalIdentityNumber.of(today.plusDays(1), 5, false);

		assertThat(PersonalIdentityNumber.parse(bornToday.value())).isEqualTo(bornToday);
		assertThat(PersonalIdentityNumber.isValid(bornTomorrow.value())).isFalse();
	}

	@Test
	void aNumberCanOnlyBeMadeFromAThreeDigitBirthNumber() {
		LocalDate date = LocalDate.of(1985, 4, 12);

		assertThat(PersonalIdentityNumber.of(date, 0, false).value()).startsWith("19850412000");
		assertThat(PersonalIdentityNumber.of(date, 999, false).value()).startsWith("19850412999");
		assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumber.of(date, 1000, false));
		assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumber.of(date, -1, false));
	}

	static Problem problemOf(String typed) {
		return Mistakes.refusal(typed, number -> PersonalIdentityNumber.parse(number, TODAY), InvalidIdentityNumberException.class).problem();
	}

	/** The digits followed by the check digit of their last nine. */
	static String withCheckDigit(String digits) {
		return digits + Luhn.checkDigit(digits.substring(digits.length() - 9));
	}

	static String withSeparator(String digits, char separator) {
		return digits.substring(0, digits.length() - 4) + separator + digits.substring(digits.length() - 4);
	}

	static String tenDigits(PersonalIdentityNumber number, char separator) {
		return withSeparator(number.value().substring(2), separator);
	}
}
