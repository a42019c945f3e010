package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import java.util.stream.Stream;

import org.cityhall.shared.InvalidOrganisationNumberException.Problem;
import org.cityhall.shared.OrganisationNumber.Group;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "556016-0680", "5560160680", "165560160680", "16556016-0680", " 556016-0680\t" })
	void everyWayOfTypingTheSameNumberGivesTheSameNumber(String typed) {
		OrganisationNumber number = OrganisationNumber.parse(typed);

		assertThat(number.value()).isEqualTo("5560160680");
		assertThat(number.formatted()).isEqualTo("556016-0680");
		assertThat(number).isEqualTo(OrganisationNumber.parse("5560160680")).hasSameHashCodeAs(OrganisationNumber.parse("5560160680"));
	}

	@Test
	void aMunicipalityAndAnAuthorityAreInTheGroupOfPublicBodies() {
		assertThat(OrganisationNumber.parse("212000-0142").group()).isEqualTo(Group.STATE_REGION_MUNICIPALITY_OR_PARISH);
		assertThat(OrganisationNumber.parse("202100-5489").group()).isEqualTo(Group.STATE_REGION_MUNICIPALITY_OR_PARISH);
	}

	@Test
	void theFirstDigitNamesTheKindOfLegalPersonInBothLanguages() {
		Group group = OrganisationNumber.parse("556016-0680").group();

		assertThat(group).isEqualTo(Group.LIMITED_COMPANY);
		assertThat(group.label().in(Locale.forLanguageTag("sv"))).isEqualTo("Aktiebolag");
		assertThat(group.label().in(Locale.ENGLISH)).isEqualTo("Limited company");
	}

	@Test
	void everyGroupHasItsOwnFirstDigit() {
		assertThat(OrganisationNumber.of("102000000").group()).isEqualTo(Group.ESTATE_OF_DECEASED_PERSON);
		assertThat(OrganisationNumber.of("202000000").group()).isEqualTo(Group.STATE_REGION_MUNICIPALITY_OR_PARISH);
		assertThat(OrganisationNumber.of("302000000").group()).isEqualTo(Group.FOREIGN_COMPANY);
		assertThat(OrganisationNumber.of("502000000").group()).isEqualTo(Group.LIMITED_COMPANY);
		assertThat(OrganisationNumber.of("602000000").group()).isEqualTo(Group.PARTNERSHIP);
		assertThat(OrganisationNumber.of("702000000").group()).isEqualTo(Group.ECONOMIC_ASSOCIATION_OR_HOUSING_COOPERATIVE);
		assertThat(OrganisationNumber.of("802000000").group()).isEqualTo(Group.NON_PROFIT_ASSOCIATION_OR_FOUNDATION);
		assertThat(OrganisationNumber.of("902000000").group()).isEqualTo(Group.TRADING_OR_LIMITED_PARTNERSHIP);
	}

	@Test
	void aNumberMadeFromNineDigitsGetsItsCheckDigit() {
		OrganisationNumber number = OrganisationNumber.of("556016068");

		assertThat(number.value()).isEqualTo("5560160680");
		assertThat(OrganisationNumber.parse(number.formatted())).isEqualTo(number);
	}

	@Test
	void aNumberCanOnlyBeMadeFromNineDigitsThatCouldBeAnOrganisationNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of("55601606"));
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of("5560160680"));
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of("55601606a"));
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of("551016068"));
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of("456016068"));
	}

	@Test
	void aSoleTradersPersonalIdentityNumberIsNotAnOrganisationNumber() {
		assertThat(problemOf("811218-9876")).isEqualTo(Problem.THIRD_DIGIT);
		assertThat(problemOf("19811218-9876")).isEqualTo(Problem.WRONG_PREFIX);
	}

	@Test
	void toStringIsTheFormattedNumber() {
		assertThat(OrganisationNumber.parse("5560160680")).hasToString("556016-0680");
	}

	@TestFactory
	Stream<DynamicTest> everyKindOfMistakeIsNamed() {
		return Mistakes.oneForEveryProblem(Problem.class, OrganisationNumberTest::problemOf)
				.typed(null, Problem.EMPTY)
				.typed(" ", Problem.EMPTY)
				.typed("556016 0680", Problem.NOT_DIGITS)
				.typed("556016+0680", Problem.NOT_DIGITS)
				.typed("SE556016068001", Problem.NOT_DIGITS)
				.typed("５５６０１６-０６８０", Problem.NOT_DIGITS)
				.typed("556016-068", Problem.WRONG_LENGTH)
				.typed("55601606800", Problem.WRONG_LENGTH)
				.typed("55-60160680", Problem.MISPLACED_SEPARATOR)
				.typed("556016--0680", Problem.MISPLACED_SEPARATOR)
				.typed("195560160680", Problem.WRONG_PREFIX)
				.typed("056016-0681", Problem.FIRST_DIGIT)
				.typed("456016-0683", Problem.FIRST_DIGIT)
				.typed("551016-0681", Problem.THIRD_DIGIT)
				.typed("556016-0681", Problem.CHECK_DIGIT)
				.typed("165560160681", Problem.CHECK_DIGIT)
				.tests();
	}

	@Test
	void theMessageForLogsNamesTheProblemButNeverTheNumberTyped() {
		Throwable thrown = catchThrowable(() -> OrganisationNumber.parse("556016-0681"));

		assertThat(thrown).isInstanceOf(InvalidOrganisationNumberException.class);
		assertThat(thrown.getMessage())
				.isEqualTo("The check digit does not match – check for a typing error (CHECK_DIGIT, 11 characters typed)");
	}

	@Test
	void isValidAnswersWithoutThrowing() {
		assertThat(OrganisationNumber.isValid("202100-5489")).isTrue();
		assertThat(OrganisationNumber.isValid("202100-5488")).isFalse();
		assertThat(OrganisationNumber.isValid(null)).isFalse();
	}

	@Test
	void everyProblemHasAMessageKeyInTheSharedBundle() {
		assertThat(Problem.THIRD_DIGIT.messageKey()).isEqualTo("shared.organisation-number.third-digit");
	}

	static Problem problemOf(String typed) {
		return Mistakes.refusal(typed, OrganisationNumber::parse, InvalidOrganisationNumberException.class).problem();
	}
}
