package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.cityhall.forms.Answers;
import org.cityhall.forms.FieldError;
import org.cityhall.forms.FieldView;
import org.cityhall.forms.FormDefinition;
import org.cityhall.forms.FormValidation;
import org.cityhall.forms.Step;
import org.cityhall.forms.StepResult;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The forms the city ships render as valid pages in both languages and validate what is typed into them. */
class ShippedFormsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static final SpringTemplateEngine ENGINE = engine();

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="sv"><head><meta charset="utf-8"><title>Formulär</title></head>
			<body><main><form method="post" action="/x" enctype="multipart/form-data">
			<th:block th:each="view : ${views}"><th:block th:replace="~{forms/fields :: field(${view})}"></th:block></th:block>
			<button class="govuk-button" type="submit">Fortsätt</button>
			</form></main></body></html>
			""";

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setCharacterEncoding("UTF-8");
		templates.setCheckExistence(true);
		templates.setOrder(1);
		StringTemplateResolver page = new StringTemplateResolver();
		page.setOrder(2);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/forms", "i18n/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(templates);
		engine.addTemplateResolver(page);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	private static String render(Step step, Map<String, List<String>> typed, List<FieldError> errors, String language) {
		Context context = new Context(Locale.forLanguageTag(language));
		context.setVariable("views", FieldView.of(step, typed, errors));
		return ENGINE.process(PAGE, context);
	}

	static Stream<Arguments> steps() {
		List<Arguments> steps = new ArrayList<>();
		for (EService e : ShippedCatalogue.get().all(Locale.ROOT)) {
			e.form().ifPresent(form -> form.steps().forEach(step -> steps.add(Arguments.of(e.id(), step))));
		}
		return steps.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("steps")
	void eachStepRendersAsValidHtmlInBothLanguagesWithAndWithoutErrors(String eservice, Step step) {
		StepResult empty = FormValidation.validate(step, Map.of(), Answers.NONE, TODAY);
		for (String language : List.of("sv", "en")) {
			String blank = render(step, Map.of(), List.of(), language);
			HtmlChecker.assertValid(blank, eservice + " " + step.id() + " " + language);
			assertThat(blank).doesNotContain("??").doesNotContain("style=");
			String failed = render(step, empty.typed(), empty.errors(), language);
			HtmlChecker.assertValid(failed, eservice + " " + step.id() + " " + language + " with errors");
			assertThat(failed).doesNotContain("??");
		}
	}

	@Test
	void aHeatPumpLicenceFilledInWellPassesEveryStep() {
		FormDefinition form = ShippedCatalogue.get().find("heat-pump-licence").orElseThrow().form().orElseThrow();
		Map<String, Map<String, List<String>>> typed = Map.of(
				"applicant", Map.of("applicantName", List.of("Sara Lindqvist"), "applicantPhone", List.of("070-123 45 67"),
						"applicantRole", List.of("owner")),
				"property", Map.of("propertyDesignation", List.of("Tallen 4:12"), "waterProtectionArea", List.of("no")),
				"installation", Map.of("heatSource", List.of("rock"), "boreholeDepth", List.of("180"),
						"boreholeCount", List.of("1"), "distanceToBoundary", List.of("12,5"), "heatOutput", List.of("8"),
						"collectorFluid", List.of("ethanol"), "installerOrganisationNumber", List.of("556016-0680"),
						"drillingDateDay", List.of("15"), "drillingDateMonth", List.of("3"), "drillingDateYear", List.of("2027")),
				"documents", Map.of("sitePlan", List.of("sha256:site-plan"), "truthful", List.of("yes")));
		Answers answers = Answers.NONE;
		for (Step step : form.steps()) {
			StepResult result = FormValidation.validate(step, typed.get(step.id()), answers, TODAY);
			assertThat(result.errors()).as(step.id()).isEmpty();
			answers = answers.and(result.accepted());
		}
		assertThat(answers.get("drillingDate")).contains(LocalDate.of(2027, 3, 15));
		assertThat(answers.isAnswered("ownerName")).isFalse();
	}

	@Test
	void aHeatPumpLicenceWithADrillingDateInThePastOrATooDeepBoreholeIsCorrected() {
		Step installation = ShippedCatalogue.get().find("heat-pump-licence").orElseThrow().form().orElseThrow()
				.step("installation").orElseThrow();
		StepResult result = FormValidation.validate(installation, Map.of("heatSource", List.of("rock"),
				"boreholeDepth", List.of("450"), "boreholeCount", List.of("1"), "distanceToBoundary", List.of("12"),
				"heatOutput", List.of("8"), "collectorFluid", List.of("ethanol"),
				"installerOrganisationNumber", List.of("556016-0680"), "drillingDateDay", List.of("1"),
				"drillingDateMonth", List.of("1"), "drillingDateYear", List.of("2026")), Answers.NONE, TODAY);
		assertThat(result.errors()).extracting(FieldError::fieldId, FieldError::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple("boreholeDepth", "forms.error.above-max"),
				org.assertj.core.groups.Tuple.tuple("drillingDate", "forms.error.date-not-after-today"));
	}

	@Test
	void aHeavyTransportMustEndAfterItStarts() {
		Step dates = ShippedCatalogue.get().find("heavy-traffic-exemption").orElseThrow().form().orElseThrow()
				.step("dates").orElseThrow();
		StepResult result = FormValidation.validate(dates, Map.of("validFromDay", List.of("10"),
				"validFromMonth", List.of("5"), "validFromYear", List.of("2027"), "validToDay", List.of("9"),
				"validToMonth", List.of("5"), "validToYear", List.of("2027"), "numberOfTrips", List.of("2"),
				"timeOfDay", List.of("night"), "truthful", List.of("yes")), Answers.NONE, TODAY);
		assertThat(result.errors()).extracting(FieldError::fieldId, FieldError::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("validTo", "forms.error.date-not-after"));
	}

	@Test
	void anAlcoholLicenceNamesItsResponsiblePeopleWithValidIdentityNumbers() {
		Step people = ShippedCatalogue.get().find("alcohol-licence").orElseThrow().form().orElseThrow()
				.step("people").orElseThrow();
		StepResult none = FormValidation.validate(people, Map.of(), Answers.NONE, TODAY);
		assertThat(none.errors()).extracting(FieldError::fieldId).containsExactly("responsiblePersons");
		StepResult wrongNumber = FormValidation.validate(people, Map.of("responsiblePersons[0].personName", List.of("Karin Ek"),
				"responsiblePersons[0].personIdentityNumber", List.of("197911039887"),
				"responsiblePersons[0].personRole", List.of("manager"),
				"responsiblePersons[0].knowledgeTestPassed", List.of("yes")), Answers.NONE, TODAY);
		assertThat(wrongNumber.errors()).extracting(FieldError::fieldId)
				.containsExactly("responsiblePersons[0].personIdentityNumber");
	}
}
