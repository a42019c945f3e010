package org.cityhall.directory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.cityhall.directory.Directory;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A parent finds pre-schools and compares three in a real browser, axe on every page, in English and
 * Swedish: choosing one is refused at the field with the choice kept, three are shown side by side with
 * their indicators, sources and years, and the provider's page leads to the application.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class CompareJourneyBrowserTest {

	@Autowired
	Directory directory;

	@Test
	void aParentComparesThreePreschools(Browser browser) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find("preschool:preschool-lonnen").isPresent());

		browser.visit("/directory?lang=en");
		browser.find(By.cssSelector("#kind option[value='preschool']")).click();
		browser.find(By.id("district")).findElement(By.cssSelector("option[value='Hägersten-Liljeholmen']")).click();
		DemoSignIn.click(browser, By.cssSelector("#filter button"));
		assertThat(browser.find(By.id("providers")).getText()).contains("Förskolan Solrosen", "Förskolan Ugglan")
				.doesNotContain("Förskolan Tallen");

		choose(browser, "preschool:preschool-solrosen");
		DemoSignIn.click(browser, By.id("compare-button"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Choose at least two providers");
		assertThat(browser.find(By.cssSelector("input[value='preschool:preschool-solrosen']")).isSelected()).isTrue();

		choose(browser, "preschool:preschool-ekorren");
		choose(browser, "preschool:preschool-lonnen");
		DemoSignIn.click(browser, By.id("compare-button"));
		String comparison = browser.find(By.id("comparison")).getText();
		assertThat(comparison).contains("3 providers side by side", "Förskolan Solrosen", "Förskolan Ekorren", "Förskolan Lönnen",
				"4.8 per member of staff", "(Skolverket, 2025)", "91 %");
		assertThat(browser.findAll(By.cssSelector("#comparison thead th"))).hasSize(3);

		browser.visit(browser.path() + "&lang=sv");
		assertThat(browser.find(By.id("comparison")).getText()).contains("3 utförare sida vid sida", "4,8 per anställd");

		DemoSignIn.click(browser, By.cssSelector("#comparison thead a"));
		assertThat(browser.find(By.id("apply")).getDomAttribute("href")).isEqualTo("/eservices/preschool-application");
	}

	private static void choose(Browser browser, String id) {
		browser.find(By.cssSelector("label[for='" + browser.find(By.cssSelector("input[value='" + id + "']")).getDomAttribute("id") + "']"))
				.click();
	}
}
