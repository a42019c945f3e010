package org.cityhall.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class FieldFragmentsTest {

	private static final SpringTemplateEngine ENGINE = engine();

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

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="sv"><head><meta charset="utf-8"><title>Formulär</title></head>
			<body><main><form method="post" action="/x" enctype="multipart/form-data">
			<th:block th:each="view : ${views}"><th:block th:replace="~{forms/fields :: field(${view})}"></th:block></th:block>
			<button class="govuk-button" type="submit">Fortsätt</button>
			</form></main></body></html>
			""";

	private static String render(Step step, Map<String, List<String>> typed, List<FieldError> errors, String language) {
		Context context = new Context(Locale.forLanguageTag(language));
		context.setVariable("views", FieldView.of(step, typed, errors));
		return ENGINE.process(PAGE, context);
	}

	private static Field sample(FieldType type) {
		return Forms.choice("answer", type, "rock", "air")
				.withHint(Forms.text("A hint"))
				.withRules(new FieldRules(Optional.empty(), Optional.of("m"), Optional.of(BigDecimal.ONE), Optional.empty(),
						false, Optional.empty(), Optional.empty(), false, List.of("pdf", "jpg"), Optional.of(10),
						Optional.of(3), Optional.of(1), Optional.of(3)))
				.withChildren(List.of(Forms.required("name", FieldType.TEXT), Forms.field("born", FieldType.DATE)));
	}

	@ParameterizedTest
	@EnumSource(FieldType.class)
	void eachFieldTypeRendersValidHtmlWithoutAndWithAnError(FieldType type) {
		Step step = Forms.step(sample(type));
		String blank = render(step, Map.of(), List.of(), "sv");
		HtmlChecker.assertValid(blank, type + " without error");
		assertThat(blank).contains("answer (sv)").doesNotContain("<script").doesNotContain("style=");

		List<FieldError> errors = List.of(new FieldError("answer", "forms.error.too-long", List.of(500)),
				new FieldError("answer[0].name", "forms.error.required", List.of()));
		String failed = render(step, Forms.typed("answer", "<script>alert(1)</script>", "answerDay", "x"), errors, "en");
		HtmlChecker.assertValid(failed, type + " with an error");
		assertThat(failed).doesNotContain("<script>alert");
		if (type != FieldType.GUIDANCE && type != FieldType.REPEATING_GROUP) {
			assertThat(failed).contains("id=\"answer-error\"").contains("The answer must be 500 characters or fewer")
					.containsPattern("aria-describedby=\"[^\"]*answer-error");
		}
	}

	@Test
	void textIsKeptForReDisplayEscaped() {
		String html = render(Forms.step(Forms.field("name", FieldType.TEXT)), Forms.typed("name", "\"><b>x</b>"), List.of(), "sv");
		assertThat(html).contains("value=\"&quot;&gt;&lt;b&gt;x&lt;/b&gt;\"");
	}

	@Test
	void inputsCarryTheirAutocompleteTokens() {
		String html = render(Forms.step(Forms.field("email", FieldType.EMAIL), Forms.field("phone", FieldType.PHONE),
				Forms.field("address", FieldType.ADDRESS)), Map.of(), List.of(), "sv");
		assertThat(html).contains("type=\"email\"").contains("autocomplete=\"email\"").contains("type=\"tel\"")
				.contains("autocomplete=\"tel\"").contains("autocomplete=\"street-address\"");
	}

	@Test
	void aLongTextShowsItsCharacterCount() {
		String html = render(Forms.step(Forms.field("story", FieldType.LONG_TEXT)), Map.of(), List.of(), "en");
		assertThat(html).contains("data-maxlength=\"10000\"").contains("You can enter up to 10,000 characters")
				.contains("aria-describedby=\"story-info\"");
	}

	@Test
	void choicesKeepWhatWasChosenAndASelectIsOffered() {
		Field radios = Forms.choice("heatSource", FieldType.SINGLE_CHOICE, "rock", "air");
		String html = render(Forms.step(radios), Forms.typed("heatSource", "air"), List.of(), "sv");
		assertThat(html).containsPattern("value=\"air\"\\s+checked");
		Field select = radios.withRules(new FieldRules(Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), false, Optional.empty(), Optional.empty(), true, List.of(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty()));
		String selectHtml = render(Forms.step(select), Forms.typed("heatSource", "rock"), List.of(), "sv");
		HtmlChecker.assertValid(selectHtml, "select");
		assertThat(selectHtml).contains("<select").containsPattern("value=\"rock\"\\s+selected");
	}

	@Test
	void aRepeatingGroupRendersEachTypedItemWithItsErrors() {
		Step step = Forms.step(sample(FieldType.REPEATING_GROUP));
		String html = render(step, Forms.typed("answer[0].name", "Ann", "answer[3].name", ""),
				List.of(new FieldError("answer[3].name", "forms.error.required", List.of())), "en");
		HtmlChecker.assertValid(html, "group");
		assertThat(html).contains("name=\"answer[0].name\"").contains("name=\"answer[3].name\"")
				.contains("id=\"answer-3-name-error\"").contains("Answer this question").contains("name=\"answer[3].bornDay\"");
	}

	@Test
	void aFieldShownForOneOptionIsRevealedUnderItAndWorksWithoutJavaScript() {
		Field heatSource = Forms.choice("heatSource", FieldType.SINGLE_CHOICE, "rock", "lake");
		Field depth = Forms.required("depth", FieldType.NUMBER).withShowIf(Condition.parse("heatSource == 'rock'"));
		Field married = Forms.field("married", FieldType.YES_NO);
		Field spouse = Forms.field("spouse", FieldType.TEXT).withShowIf(Condition.parse("married == true"));
		String html = render(Forms.step(heatSource, depth, married, spouse), Forms.typed("married", "yes"),
				List.of(new FieldError("depth", "forms.error.required", List.of())), "sv");
		HtmlChecker.assertValid(html, "reveal");
		assertThat(html).contains("data-aria-controls=\"conditional-heatSource\"")
				.containsPattern("class=\"govuk-radios__conditional govuk-radios__conditional--hidden\"\\s+id=\"conditional-heatSource\">\\s*<div class=\"govuk-form-group govuk-form-group--error\">")
				.containsPattern("class=\"govuk-radios__conditional\"\\s+id=\"conditional-married\"")
				.containsOnlyOnce("name=\"depth\"").containsOnlyOnce("name=\"spouse\"");
	}

	@Test
	void yesAndNoAreLabelledInThePagesLanguage() {
		Field married = Forms.field("married", FieldType.YES_NO);
		assertThat(render(Forms.step(married), Forms.typed("married", "no"), List.of(), "sv"))
				.containsPattern("for=\"married\">Ja</label>").containsPattern("for=\"married-no\">Nej</label>")
				.containsPattern("value=\"no\"\\s+checked");
		assertThat(render(Forms.step(married), Forms.typed(), List.of(), "en")).contains(">Yes</label>", ">No</label>");
	}
}
