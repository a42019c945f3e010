package org.cityhall.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityhall.forms.Forms.choice;
import static org.cityhall.forms.Forms.field;
import static org.cityhall.forms.Forms.required;
import static org.cityhall.forms.Forms.step;
import static org.cityhall.forms.Forms.typed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.junit.jupiter.api.Test;

class FormValidationTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	private static StepResult validate(Step step, Map<String, List<String>> typed) {
		return FormValidation.validate(step, typed, Answers.NONE, TODAY);
	}

	private static String errorKey(StepResult result, String fieldId) {
		return result.errorAt(fieldId).map(FieldError::messageKey).orElse(null);
	}

	@Test
	void aRequiredFieldLeftBlankIsAnErrorAndAnOptionalOneIsNotKept() {
		StepResult result = validate(step(required("name", FieldType.TEXT), field("nickname", FieldType.TEXT)),
				typed("name", "  ", "nickname", ""));
		assertThat(errorKey(result, "name")).isEqualTo("forms.error.required");
		assertThat(result.errorAt("nickname")).isEmpty();
		assertThat(result.accepted().values()).isEmpty();
	}

	@Test
	void textIsKeptWithoutSurroundingSpaceAndNeverCut() {
		Step step = step(field("name", FieldType.TEXT), field("story", FieldType.LONG_TEXT));
		StepResult ok = validate(step, typed("name", "  Ann  ", "story", "a\nb"));
		assertThat(ok.accepted().values()).containsEntry("name", "Ann").containsEntry("story", "a\nb");

		StepResult tooLong = validate(step, typed("name", "x".repeat(501), "story", "y".repeat(10_001)));
		assertThat(tooLong.errorAt("name")).hasValueSatisfying(error -> {
			assertThat(error.messageKey()).isEqualTo("forms.error.too-long");
			assertThat(error.arguments()).containsExactly(500);
		});
		assertThat(tooLong.errorAt("story").get().arguments()).containsExactly(10_000);
		assertThat(tooLong.accepted().values()).isEmpty();
		assertThat(tooLong.typed().get("name")).containsExactly("x".repeat(501));
	}

	@Test
	void lengthIsCountedInCharactersNotInUtf16Units() {
		String emoji = "\uD83D\uDE00".repeat(500);
		assertThat(validate(step(field("name", FieldType.TEXT)), typed("name", emoji)).isValid()).isTrue();
	}

	@Test
	void controlCharactersAreRefusedButLongTextsMayBreakLines() {
		Step step = step(field("name", FieldType.TEXT), field("story", FieldType.LONG_TEXT));
		StepResult result = validate(step, typed("name", "Ann\u0000", "story", "one\r\ntwo\u0007"));
		assertThat(errorKey(result, "name")).isEqualTo("forms.error.control-characters");
		assertThat(errorKey(result, "story")).isEqualTo("forms.error.control-characters");
		assertThat(errorKey(validate(step, typed("name", "a\nb")), "name")).isEqualTo("forms.error.control-characters");
	}

	@Test
	void numbersAcceptCommaDecimalsAndSpacesAndKeepToTheirRange() {
		Field depth = required("depth", FieldType.NUMBER)
				.withRules(FieldRules.NONE.withRange(new BigDecimal(20), new BigDecimal(300)));
		assertThat(validate(step(depth), typed("depth", "150,5")).accepted().values()).containsEntry("depth", new BigDecimal("150.5"));
		assertThat(validate(step(depth), typed("depth", "1 50")).accepted().values()).containsEntry("depth", new BigDecimal("150"));
		assertThat(errorKey(validate(step(depth), typed("depth", "deep")), "depth")).isEqualTo("forms.error.not-a-number");
		assertThat(errorKey(validate(step(depth), typed("depth", "1e3")), "depth")).isEqualTo("forms.error.not-a-number");
		StepResult low = validate(step(depth), typed("depth", "19"));
		assertThat(low.errorAt("depth").get().messageKey()).isEqualTo("forms.error.below-min");
		assertThat(low.errorAt("depth").get().arguments()).containsExactly("20", "");
		assertThat(errorKey(validate(step(depth), typed("depth", "300.01")), "depth")).isEqualTo("forms.error.above-max");
	}

	@Test
	void datesMustExistAndKeepToTheirRelations() {
		Field start = required("start", FieldType.DATE).withRules(FieldRules.NONE.withAfterToday());
		Field end = required("end", FieldType.DATE).withRules(FieldRules.NONE.withAfter("start"));
		Step step = step(start, end);
		StepResult ok = validate(step, typed("startDay", "2", "startMonth", "5", "startYear", "2026",
				"endDay", "3", "endMonth", "05", "endYear", "2026"));
		assertThat(ok.isValid()).isTrue();
		assertThat(ok.accepted().values()).containsEntry("start", LocalDate.of(2026, 5, 2));

		StepResult wrong = validate(step, typed("startDay", "1", "startMonth", "5", "startYear", "2026",
				"endDay", "31", "endMonth", "4", "endYear", "2026"));
		assertThat(errorKey(wrong, "start")).isEqualTo("forms.error.date-not-after-today");
		assertThat(errorKey(wrong, "end")).isEqualTo("forms.error.not-a-date");

		StepResult before = validate(step, typed("startDay", "10", "startMonth", "5", "startYear", "2026",
				"endDay", "9", "endMonth", "5", "endYear", "2026"));
		assertThat(before.errorAt("end").get().messageKey()).isEqualTo("forms.error.date-not-after");
		assertThat(before.errorAt("end").get().arguments()).containsExactly("2026-05-10");

		assertThat(errorKey(validate(step, typed("startDay", "1", "startMonth", "5", "startYear", "26")), "start"))
				.isEqualTo("forms.error.not-a-date");
	}

	@Test
	void choicesMustBeAmongTheOptions() {
		Step step = step(choice("heatSource", FieldType.SINGLE_CHOICE, "rock", "air"),
				choice("animals", FieldType.MULTIPLE_CHOICE, "cat", "dog"), field("married", FieldType.YES_NO));
		StepResult ok = validate(step, typed("heatSource", "rock", "animals", "cat", "animals", "dog", "married", "no"));
		assertThat(ok.accepted().values()).containsEntry("heatSource", "rock").containsEntry("animals", List.of("cat", "dog"))
				.containsEntry("married", false);
		StepResult wrong = validate(step, typed("heatSource", "coal", "animals", "cat", "animals", "cow", "married", "maybe"));
		assertThat(errorKey(wrong, "heatSource")).isEqualTo("forms.error.not-an-option");
		assertThat(errorKey(wrong, "animals")).isEqualTo("forms.error.not-an-option");
		assertThat(errorKey(wrong, "married")).isEqualTo("forms.error.not-an-option");
	}

	@Test
	void identityAndOrganisationNumbersUseTheSharedMessages() {
		Step step = step(field("person", FieldType.IDENTITY_NUMBER), field("installer", FieldType.ORGANISATION_NUMBER));
		StepResult ok = validate(step, typed("person", "19121212-1212", "installer", "556016-0680"));
		assertThat(ok.accepted().values()).containsEntry("person", PersonalIdentityNumber.parse("191212121212", TODAY))
				.containsEntry("installer", OrganisationNumber.parse("5560160680"));
		StepResult wrong = validate(step, typed("person", "19121212-1213", "installer", "556016-0681"));
		assertThat(errorKey(wrong, "person")).isEqualTo("shared.identity-number.check-digit");
		assertThat(errorKey(wrong, "installer")).isEqualTo("shared.organisation-number.check-digit");
	}

	@Test
	void emailAndSwedishPhoneNumbers() {
		Step step = step(field("email", FieldType.EMAIL), field("phone", FieldType.PHONE));
		StepResult ok = validate(step, typed("email", "anna@example.se", "phone", "070-123 45 67"));
		assertThat(ok.accepted().values()).containsEntry("phone", "+46701234567");
		assertThat(validate(step, typed("phone", "+46 (0)8 123 456")).accepted().values()).containsEntry("phone", "+468123456");
		assertThat(validate(step, typed("phone", "0046 70 123 45 67")).accepted().values()).containsEntry("phone", "+46701234567");
		StepResult wrong = validate(step, typed("email", "anna@", "phone", "12345"));
		assertThat(errorKey(wrong, "email")).isEqualTo("forms.error.invalid-email");
		assertThat(errorKey(wrong, "phone")).isEqualTo("forms.error.invalid-phone");
		assertThat(errorKey(validate(step, typed("phone", "+46 70 abc")), "phone")).isEqualTo("forms.error.invalid-phone");
	}

	@Test
	void propertyDesignationsNeedABlockAndUnit() {
		Step step = step(field("property", FieldType.PROPERTY_DESIGNATION));
		assertThat(validate(step, typed("property", "Tallen  4:12")).accepted().values()).containsEntry("property", "Tallen 4:12");
		assertThat(validate(step, typed("property", "Stora Ekeby 1:3")).isValid()).isTrue();
		assertThat(errorKey(validate(step, typed("property", "Tallen")), "property"))
				.isEqualTo("forms.error.invalid-property-designation");
	}

	@Test
	void aDeclarationMustBeTicked() {
		Step step = step(field("truthful", FieldType.DECLARATION));
		assertThat(errorKey(validate(step, typed()), "truthful")).isEqualTo("forms.error.declaration");
		assertThat(validate(step, typed("truthful", "yes")).accepted().values()).containsEntry("truthful", true);
	}

	@Test
	void filesAreCountedAgainstTheirMaximum() {
		Field plans = required("plans", FieldType.FILE).withRules(new FieldRules(java.util.Optional.empty(),
				java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), false,
				java.util.Optional.empty(), java.util.Optional.empty(), false, List.of("pdf"), java.util.Optional.of(10),
				java.util.Optional.of(2), java.util.Optional.empty(), java.util.Optional.empty()));
		assertThat(errorKey(validate(step(plans), typed()), "plans")).isEqualTo("forms.error.required");
		assertThat(validate(step(plans), typed("plans", "doc-1", "plans", "doc-2")).accepted().values())
				.containsEntry("plans", List.of("doc-1", "doc-2"));
		assertThat(errorKey(validate(step(plans), typed("plans", "a", "plans", "b", "plans", "c")), "plans"))
				.isEqualTo("forms.error.too-many-files");
	}

	@Test
	void hiddenFieldsAreNeitherValidatedNorKept() {
		Field heatSource = choice("heatSource", FieldType.SINGLE_CHOICE, "rock", "air");
		Field depth = required("depth", FieldType.NUMBER).withShowIf(Condition.parse("heatSource == 'rock'"));
		StepResult air = validate(step(heatSource, depth), typed("heatSource", "air", "depth", "deep"));
		assertThat(air.isValid()).isTrue();
		assertThat(air.accepted().values()).containsOnlyKeys("heatSource");
		assertThat(air.typed().get("depth")).containsExactly("deep");

		StepResult rock = validate(step(heatSource, depth), typed("heatSource", "rock"));
		assertThat(errorKey(rock, "depth")).isEqualTo("forms.error.required");
	}

	@Test
	void requiredIfMakesAFieldRequiredOnlyWhenItHolds() {
		Field married = field("married", FieldType.YES_NO);
		Field spouse = field("spouse", FieldType.TEXT).withRequiredIf(Condition.parse("married == true"));
		assertThat(errorKey(validate(step(married, spouse), typed("married", "yes")), "spouse")).isEqualTo("forms.error.required");
		assertThat(validate(step(married, spouse), typed("married", "no")).isValid()).isTrue();
	}

	@Test
	void conditionsSeeTheAnswersOfEarlierSteps() {
		Field depth = required("depth", FieldType.NUMBER).withShowIf(Condition.parse("heatSource == 'rock'"));
		Answers earlier = Answers.NONE.with("heatSource", "air");
		assertThat(FormValidation.validate(step(depth), typed(), earlier, TODAY).isValid()).isTrue();
		assertThat(FormValidation.validate(step(depth), typed(), earlier.with("heatSource", "rock"), TODAY).isValid()).isFalse();
	}

	@Test
	void repeatingGroupsValidateEachItemAndCountThem() {
		Field owners = required("owners", FieldType.REPEATING_GROUP).withRules(FieldRules.NONE.withItems(1, 2))
				.withChildren(List.of(required("name", FieldType.TEXT), field("share", FieldType.NUMBER)));
		StepResult ok = validate(step(owners), typed("owners[0].name", "Ann", "owners[1].name", "Bo", "owners[1].share", "50"));
		assertThat(ok.isValid()).isTrue();
		assertThat(ok.accepted().values().get("owners")).isEqualTo(List.of(Answers.NONE.with("name", "Ann"),
				Answers.NONE.with("name", "Bo").with("share", new BigDecimal(50))));

		StepResult missingName = validate(step(owners), typed("owners[0].share", "x"));
		assertThat(errorKey(missingName, "owners[0].name")).isEqualTo("forms.error.required");
		assertThat(errorKey(missingName, "owners[0].share")).isEqualTo("forms.error.not-a-number");

		assertThat(errorKey(validate(step(owners), typed()), "owners")).isEqualTo("forms.error.too-few-items");
		assertThat(errorKey(validate(step(owners), typed("owners[0].name", "a", "owners[1].name", "b", "owners[7].name", "c")),
				"owners")).isEqualTo("forms.error.too-many-items");
	}

	@Test
	void guidanceAsksNothing() {
		StepResult result = validate(step(required("info", FieldType.GUIDANCE)), typed("info", "x"));
		assertThat(result.isValid()).isTrue();
		assertThat(result.accepted().values()).isEmpty();
	}

	@Test
	void aHiddenStepAcceptsNothingAndHasNoErrors() {
		Step hidden = new Step("depth", Forms.text("Depth"), java.util.Optional.of(Condition.parse("heatSource == 'rock'")),
				List.of(required("depth", FieldType.NUMBER)));
		StepResult result = FormValidation.validate(hidden, typed("depth", "x"), Answers.NONE.with("heatSource", "air"), TODAY);
		assertThat(result.isValid()).isTrue();
		assertThat(result.accepted().values()).isEmpty();
		assertThat(result.typed()).containsKey("depth");
	}

	@Test
	void anErrorLinksToTheElementItsFieldIsRenderedAs() {
		assertThat(new FieldError("owners[1].name", "forms.error.required", List.of()).anchor()).isEqualTo("owners-1-name");
	}
}
