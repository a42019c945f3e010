package org.cityhall.insights.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The programme analyst opens the dashboard in a real browser, axe on every page, in English and Swedish:
 * the overview, an e-service's charts drawn beside their tables, and the CSV export; and the public page.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class AnalystJourneyBrowserTest {

	@Test
	void anAnalystOpensTheDashboardSeesEachChartBesideItsTableAndExportsACsv(Browser browser) {
		DemoSignIn.staff(browser, "staff-programme-analyst");

		browser.visit("/staff/insights?lang=en");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("The programme's adoption and benefits");
		assertThat(browser.find(By.id("departments")).getText()).contains("Promised a year");
		DemoSignIn.click(browser, By.cssSelector("a[href='/staff/insights/preschool-application']"));

		List<WebElement> charts = browser.findAll(By.cssSelector(".insights-chart"));
		assertThat(charts).hasSize(3);
		for (WebElement chart : charts) {
			String table = chart.getDomAttribute("data-table");
			assertThat(browser.find(By.id(table)).getTagName()).isEqualTo("table");
		}
		String csv = (String) browser.script("return fetch(arguments[0]).then(r => r.text());",
				browser.find(By.id("export-csv")).getDomAttribute("href"));
		assertThat(csv).startsWith("\uFEFF\"Month\";\"Web\";\"Phone\";\"E-mail\";\"Paper\"");

		browser.visit("/staff/insights?lang=sv");
		String overview = (String) browser.script("return fetch(arguments[0]).then(r => r.text());",
				browser.find(By.id("export-csv")).getDomAttribute("href"));
		assertThat(overview.lines().filter(line -> line.startsWith("\"preschool-application\";")).toList()).hasSize(1);
		browser.visit("/staff/insights/preschool-application?lang=sv");
		assertThat(browser.find(By.tagName("h2")).getText()).isNotEmpty();

		DemoSignIn.signOut(browser);
		browser.visit("/insights?lang=en");
		assertThat(browser.find(By.id("headline")).getText()).contains("Made online");
		browser.visit("/insights?lang=sv");
		assertThat(browser.find(By.id("headline")).getText()).contains("Gjorda digitalt");
	}
}
