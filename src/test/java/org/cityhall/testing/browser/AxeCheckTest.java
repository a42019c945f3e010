package org.cityhall.testing.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@ExtendWith(BrowserExtension.class)
class AxeCheckTest {

	@Test
	void passesAPageThatBreaksNoRule(WebDriver driver) {
		driver.get(page("<!DOCTYPE html><html lang=\"sv\"><head><title>Start</title></head>"
				+ "<body><main><h1>Välkommen</h1><p><a href=\"/eservices\">Alla e-tjänster</a></p></main></body></html>"));

		AxeCheck.assertNoViolations(driver);
	}

	@Test
	void failureNamesEachBrokenRuleWithItsImpactHelpAndElements(WebDriver driver) {
		driver.get(page("<!DOCTYPE html><html><head><title>Start</title></head>"
				+ "<body><main><h1>Välkommen</h1><img src=\"logo.png\" class=\"logo\"></main></body></html>"));

		AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> AxeCheck.assertNoViolations(driver));

		assertThat(failure.getMessage())
				.contains("* html-has-lang (serious): <html> element must have a lang attribute")
				.contains("* image-alt (critical): Images must have alternative text")
				.contains("https://dequeuniversity.com/rules/axe/")
				.contains("target: [img]")
				.contains("html:   <img src=\"logo.png\" class=\"logo\">");
	}

	private static String page(String html) {
		return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
