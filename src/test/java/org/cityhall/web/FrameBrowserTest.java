package org.cityhall.web;

import java.util.List;
import java.util.stream.Stream;

import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame in a real browser, as visitors meet it: every page passes axe (WCAG 2.1 A and AA) in
 * Swedish and in English, and the skip link and the language switch work with the keyboard alone.
 * Every page visited is checked by axe, whatever else the test looks at.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class FrameBrowserTest {

	private static final List<String> LANGUAGES = List.of("sv", "en");

	/** Pages with nothing more to check than the frame; the filter and the error page have tests of their own. */
	private static final List<String> FRAME_PAGES = List.of(
			"/",
			"/life-situations/children-and-school",
			"/eservices/residents-parking-permit",
			"/accessibility");

	/** The header holds the brand and a few items before the switch; more presses mean it moved out of the header. */
	private static final int TABS_TO_THE_LANGUAGE_SWITCH = 6;

	static Stream<Arguments> framePagesInBothLanguages() {
		return LANGUAGES.stream().flatMap(language -> FRAME_PAGES.stream().map(path -> Arguments.of(language, path)));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("framePagesInBothLanguages")
	void everyFramePageHasNoAxeViolationsInEitherLanguage(String language, String path, Browser browser) {
		browser.visit(inLanguage(path, language));

		assertThat(browser.language()).isEqualTo(language);
		assertThat(browser.find(By.cssSelector("main#main-content h1")).isDisplayed()).isTrue();
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource({ "sv, Inga e-tjänster", "en, No e-services" })
	void catalogueFilterListsTheEServicesThatMatch(String language, String noneText, Browser browser) {
		browser.visit("/eservices?q=parkering&lang=" + language);

		assertThat(browser.find(By.id("result-count")).getText()).contains("parkering").doesNotContain(noneText);
		assertThat(browser.findAll(By.cssSelector(".city-service-list a[href='/eservices/residents-parking-permit']"))).hasSize(1);
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource({ "sv, Inga e-tjänster matchar ”zzzqqq”.", "en, No e-services match “zzzqqq”." })
	void catalogueFilterSaysSoWhenNothingMatches(String language, String noneText, Browser browser) {
		browser.visit("/eservices?q=zzzqqq&lang=" + language);

		assertThat(browser.find(By.id("result-count")).getText()).isEqualTo(noneText);
		assertThat(browser.findAll(By.cssSelector(".city-service-list__item"))).isEmpty();
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource({ "sv, Sidan hittades inte", "en, Page not found" })
	void unknownAddressShowsTheNotFoundPageInTheFrameAndTheVisitorsLanguage(String language, String heading, Browser browser) {
		browser.visit("/eservices/no-such-service?lang=" + language, 404);

		assertThat(browser.language()).isEqualTo(language);
		assertThat(browser.find(By.cssSelector("main#main-content h1")).getText()).isEqualTo(heading);
		assertThat(browser.findAll(By.cssSelector("a.govuk-skip-link[href='#main-content']"))).hasSize(1);
		assertThat(browser.findAll(By.id("language-switch"))).hasSize(1);
		assertThat(browser.findAll(By.cssSelector("footer.govuk-footer"))).hasSize(1);
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource({ "sv, Hoppa till huvudinnehållet", "en, Skip to main content" })
	void skipLinkIsFirstAndMovesFocusToTheMainContent(String language, String skipText, Browser browser) {
		browser.visit("/eservices/residents-parking-permit?lang=" + language);
		browser.waitUntil(page -> !browser.findAll(By.cssSelector("a.govuk-skip-link[data-govuk-skip-link-init]")).isEmpty());

		WebElement first = browser.pressTab();

		assertThat(first).as("focused after one TAB: %s", browser.describe(first)).isEqualTo(browser.find(By.cssSelector("a.govuk-skip-link")));
		assertThat(first.getText()).as("the focused skip link shows its text").isEqualTo(skipText);
		assertThat(first.getRect().getHeight()).as("the focused skip link is no longer clipped out of sight").isGreaterThan(10);

		browser.pressEnter();

		assertThat(browser.activeElementId()).isEqualTo("main-content");
		assertThat(browser.driver().getCurrentUrl()).endsWith("#main-content");
		WebElement next = browser.pressTab();
		assertThat(browser.script("return arguments[0].closest('main') !== null", next))
				.as("the next TAB stays in the main content, at %s", browser.describe(next))
				.isEqualTo(true);
	}

	@Test
	void languageSwitchIsReachableByKeyboardAndTheChoiceIsRemembered(Browser browser) {
		browser.visit("/eservices?q=parkering");
		assertThat(browser.language()).isEqualTo("sv");

		browser.tabTo(By.id("language-switch"), TABS_TO_THE_LANGUAGE_SWITCH);
		browser.pressEnterToLoadPage(200);

		assertThat(browser.language()).isEqualTo("en");
		assertThat(browser.path()).isEqualTo("/eservices?q=parkering&lang=en");
		assertThat(browser.find(By.id("q")).getDomProperty("value")).isEqualTo("parkering");

		browser.visit("/accessibility");

		assertThat(browser.language()).isEqualTo("en");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Accessibility statement");

		browser.tabTo(By.id("language-switch"), TABS_TO_THE_LANGUAGE_SWITCH);
		browser.pressEnterToLoadPage(200);
		browser.visit("/");

		assertThat(browser.language()).isEqualTo("sv");
	}

	private static String inLanguage(String path, String language) {
		return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
	}
}
