package org.cityhall.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityhall.archive.Audience;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.search.index.SearchIndex;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Searching from the header of any page, in a real browser and in both languages: results, facets
 * and suggestions as you type; a resident finds their own case by its number. Axe checks every page.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class SearchBrowserTest {

	@Autowired
	SearchIndex index;

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void aVisitorSearchesFromTheHeaderAndNarrowsByFacets(String language, Browser browser) {
		browser.visit("/?lang=" + language);
		searchFromTheHeader(browser, "radon");
		assertThat(resultLinks(browser)).contains("/eservices/radon-readings");
		assertThat(browser.find(By.cssSelector("#results mark")).getText()).isEqualToIgnoringCase("radon");

		for (String query : List.of("förskola", "forskola")) {
			browser.visit("/search?q=" + query);
			assertThat(resultLinks(browser)).contains("/eservices/preschool-application");
		}
		browser.visit("/search?q=parkering+tillstand");
		assertThat(resultLinks(browser)).contains("/eservices/residents-parking-permit");

		browser.visit("/search?q=skola");
		browser.loadingNextPage(() -> browser.find(By.cssSelector("#facet-kind a[href*='kind=eservice']")).click(), 200);
		assertThat(browser.path()).contains("kind=eservice");
		assertThat(browser.findAll(By.cssSelector("#facet-kind strong[aria-current]"))).hasSize(1);
		browser.loadingNextPage(() -> browser.find(By.cssSelector("#facet-department a[href*='department=education']")).click(), 200);
		assertThat(resultLinks(browser)).allMatch(href -> href.startsWith("/eservices/"));
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void suggestionsAppearAsYouType(String language, Browser browser) {
		browser.visit("/search?lang=" + language);
		browser.find(By.id("q")).sendKeys("boendepark");
		String expected = "sv".equals(language) ? "Ansök om boendeparkering" : "Apply for a residents' parking permit";
		browser.waitUntil(page -> browser.findAll(By.cssSelector("#q-suggestions option")).stream()
				.anyMatch(option -> expected.equals(option.getDomAttribute("value"))));
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void aResidentFindsTheirOwnCaseByItsNumber(String language, Browser browser) {
		String number = ArchiveRecordsForTests.uniqueCaseNumber();
		index.put(List.of(ArchiveRecordsForTests.submitted(DemoPersonas.CAR_OWNER.party(), number,
				ArchiveRecordsForTests.uniqueWord(), "city-planning", Audience.SUBJECT)));
		browser.visit("/login?lang=" + language);
		browser.loadingNextPage(() -> browser.find(By.id("login-demo")).click(), 200);
		browser.find(By.id("persona-" + DemoPersonas.CAR_OWNER.id())).click();
		browser.loadingNextPage(() -> browser.find(By.id("demo-sign-in")).click(), 200);

		searchFromTheHeader(browser, number);

		assertThat(resultLinks(browser)).containsExactly("/my-pages/cases/" + number);
	}

	private static void searchFromTheHeader(Browser browser, String query) {
		WebElement box = browser.find(By.id("header-search"));
		box.sendKeys(query);
		browser.loadingNextPage(() -> box.sendKeys(Keys.ENTER), 200);
		assertThat(browser.path()).startsWith("/search?q=");
	}

	private static List<String> resultLinks(Browser browser) {
		return browser.findAll(By.cssSelector("#results h3 a")).stream().map(link -> link.getDomAttribute("href")).toList();
	}
}
