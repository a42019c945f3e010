package org.cityhall.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.RetentionClass;
import org.cityhall.cases.CaseId;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.CaseStatusChanged;
import org.cityhall.cases.CaseSubmitted;
import org.cityhall.cases.Decision;
import org.cityhall.catalogue.EService.Channel;
import org.cityhall.shared.Party;

import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The programme analyst opens the dashboard in a real browser, axe on every page, in English and Swedish:
 * the overview, an e-service's charts drawn beside their tables, and the CSV export; and the public page.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class AnalystJourneyBrowserTest {

	@Autowired
	AdoptionFacts facts;


	@Test
	void anAnalystOpensTheDashboardSeesEachChartBesideItsTableAndExportsACsv(Browser browser) {
		// Two months of pre-school applications, one decided, told to the listeners directly (published, cases'
		// events would also make the archive, the receipt renderer and the outbox act on cases that are not there).
		AdoptionListeners listeners = new AdoptionListeners(facts);
		Instant now = Instant.now();
		CaseSubmitted first = submitted(Channel.WEB, now.minus(Duration.ofDays(40)));
		listeners.on(first);
		listeners.on(submitted(Channel.PAPER, now.minus(Duration.ofDays(40))));
		listeners.on(submitted(Channel.WEB, now));
		listeners.on(new CaseStatusChanged(UUID.randomUUID(), first.caseId(), first.number(), first.eserviceId(), first.department(),
				first.applicant(), first.subject(), Optional.empty(), CaseStatus.IN_PROGRESS, CaseStatus.DECIDED, Optional.empty(),
				Optional.of(Decision.Outcome.GRANTED), now.minus(Duration.ofDays(30)), RetentionClass.KEEP, List.of()));

		DemoSignIn.staff(browser, "staff-programme-analyst");

		browser.visit("/staff/insights?lang=en");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("The programme's adoption and benefits");
		assertThat(browser.find(By.id("departments")).getText()).contains("Promised a year");
		DemoSignIn.click(browser, By.cssSelector("a[href='/staff/insights/preschool-application']"));

		List<WebElement> charts = browser.findAll(By.cssSelector(".insights-chart"));
		assertThat(charts).hasSize(3);
		for (WebElement chart : charts) {
			assertThat(chart.isDisplayed()).isTrue();
			assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
			String table = chart.getDomAttribute("data-table");
			assertThat(browser.find(By.id(table)).getTagName()).isEqualTo("table");
		}
		String csv = (String) browser.script("return fetch(arguments[0]).then(r => r.text());",
				browser.find(By.id("export-csv")).getDomAttribute("href"));
		// The browser's decoder drops the byte order mark (InsightsPagesTest checks it is sent).
		assertThat(csv).startsWith("\"Month\";\"Web\";\"Phone\";\"E-mail\";\"Paper\"");
		assertThat(csv.lines().count()).isGreaterThanOrEqualTo(3);

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

	private static CaseSubmitted submitted(Channel channel, Instant at) {
		Party applicant = new Party.Anonymous("insights-journey", "Testsökande");
		return new CaseSubmitted(UUID.randomUUID(), new CaseId(UUID.randomUUID()), new CaseNumber("FSK-2026-999999"),
				"preschool-application", "district-administrations", "queue", channel, applicant, applicant, Optional.empty(),
				Optional.empty(), at, RetentionClass.KEEP, List.of());
	}
}
