package org.cityhall.registers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A resident uses the public registers in a real browser, axe on every page, in both languages: finds a
 * radon reading by a sloppily typed address, looks up a restaurant's inspections, opens the borehole map,
 * uses the list beside it, and asks what is near a property.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class RegistersJourneyBrowserTest {

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void aResidentSearchesTheRegistersAndAsksWhatIsNearTheirProperty(String language, Browser browser) {
		browser.visit("/registers?lang=" + language);
		assertThat(browser.language()).isEqualTo(language);

		// Radon, typed the way people type: no å/ä/ö, the street abbreviated, a number inside a range.
		browser.loadingNextPage(() -> browser.find(By.cssSelector("#registers a[href='/registers/radon']")).click(), 200);
		browser.find(By.id("q")).sendKeys("ljusnev. 3");
		browser.loadingNextPage(() -> browser.find(By.cssSelector("main form button")).click(), 200);
		assertThat(browser.find(By.id("results")).getText()).contains("Stockholm Bagarmossen 1:2", "Ljusnevägen 3");
		browser.loadingNextPage(() -> browser.find(By.linkText("Stockholm Bagarmossen 1:2")).click(), 200);
		assertThat(browser.findAll(By.cssSelector("#advice li"))).hasSize(5);

		// A restaurant's inspections, the latest first.
		browser.visit("/registers/food");
		browser.find(By.id("q")).sendKeys("Kvarterskrogen");
		browser.loadingNextPage(() -> browser.find(By.cssSelector("main form button")).click(), 200);
		browser.loadingNextPage(() -> browser.find(By.linkText("Kvarterskrogen Linden")).click(), 200);
		assertThat(browser.find(By.id("latest")).getText()).isNotBlank();

		// The borehole map, drawn from the GeoJSON API, with the list of what it shows beside it.
		browser.visit("/registers/boreholes");
		WebElement map = browser.find(By.id("borehole-map"));
		browser.waitUntil(d -> map.isDisplayed() && !browser.find(By.id("in-view-summary")).getText().isBlank());
		assertThat(browser.findAll(By.cssSelector("#borehole-map .leaflet-interactive, #borehole-map .registers-cluster")))
				.isNotEmpty();
		browser.checkPage(200);

		// The list alternative, which is all there is without script: a district's boreholes, page by page.
		browser.loadingNextPage(() -> browser.find(By.linkText("Enskede-Årsta-Vantör")).click(), 200);
		assertThat(browser.findAll(By.cssSelector("#listed tbody tr"))).hasSize(50);
		browser.loadingNextPage(() -> browser.find(By.cssSelector(".govuk-pagination__next a")).click(), 200);
		assertThat(browser.findAll(By.cssSelector("#listed tbody tr"))).hasSize(50);

		// What is near my property: the list nearest first, and the map showing the same boreholes.
		browser.find(By.id("property")).sendKeys("tallen 4:12");
		new org.openqa.selenium.support.ui.Select(browser.find(By.id("distance"))).selectByValue("100");
		browser.loadingNextPage(() -> browser.find(By.cssSelector("#near-form button")).click(), 200);
		List<WebElement> near = browser.findAll(By.cssSelector("#near tbody tr"));
		assertThat(near).isNotEmpty();
		List<Integer> metres = near.stream()
				.map(row -> Integer.parseInt(row.findElement(By.cssSelector("td:last-child")).getText().replace(" m", ""))).toList();
		assertThat(metres).isSorted().allMatch(m -> m <= 100);
		browser.waitUntil(d -> browser.findAll(By.cssSelector("#in-view-body tr")).size() == near.size());
		browser.checkPage(200);
	}
}
