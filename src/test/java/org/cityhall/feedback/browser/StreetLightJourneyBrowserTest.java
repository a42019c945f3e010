package org.cityhall.feedback.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.awaitility.Awaitility;
import org.cityhall.cases.CaseHandling;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.Decision;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reports;
import org.cityhall.feedback.TestPhotos;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone without login reports a broken street light by clicking on the map with a photo that is kept through
 * a mistake on the form, follows it by the link the page gives, an officer approves the photo for the public,
 * and the reporter sees the city's answer and is asked whether they are satisfied; axe on every page, in English
 * and Swedish.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class StreetLightJourneyBrowserTest {

	@Autowired
	Reports reports;

	@Autowired
	CaseHandling handling;

	@Test
	void aBrokenStreetLightIsReportedOnTheMapFollowedAndAnsweredWithSatisfaction(Browser browser) throws Exception {
		Path photo = Files.createTempFile("lykta", ".jpg");
		Files.write(photo, TestPhotos.jpegWithGps(64, 48, 1));
		browser.visit("/feedback/report?lang=en");
		// Sending only a photo: the mistakes are listed on top and told at their fields, and the photo is kept.
		browser.find(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		click(browser, By.id("send"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Choose what the report is about",
				"Describe what you want to report");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Photos you have chosen", photo.getFileName().toString());
		assertThat(browser.find(By.id("photo-0")).isSelected()).isTrue();

		browser.find(By.cssSelector("input[name='category'][value='street-light']")).click();
		browser.find(By.id("description")).sendKeys("The street light outside the playground is out.");
		WebElement map = browser.find(By.id("report-map"));
		assertThat(map.isDisplayed()).isTrue();
		new Actions(browser.driver()).moveToElement(map, 40, -30).click().perform();
		browser.waitUntil(page -> !browser.find(By.id("latitude")).getDomProperty("value").isEmpty());
		double latitude = Double.parseDouble(browser.find(By.id("latitude")).getDomProperty("value"));
		double longitude = Double.parseDouble(browser.find(By.id("longitude")).getDomProperty("value"));
		assertThat(latitude).isBetween(59.2, 59.5);
		assertThat(longitude).isBetween(17.8, 18.3);
		click(browser, By.id("send"));
		if (browser.path().startsWith("/feedback/report")) {
			// Someone reported something else within a hundred metres: this is another light.
			click(browser, By.id("send-anyway"));
		}
		assertThat(browser.path()).startsWith("/feedback/follow/");
		String follow = browser.path();
		String reference = browser.find(By.cssSelector(".govuk-panel__body strong")).getText();
		ReportView report = reports.find(reference).orElseThrow();
		assertThat(report.position()).isPresent();
		assertThat(report.department()).isEqualTo("traffic");
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Open");
		assertThat(browser.find(By.cssSelector("#photos img")).getDomProperty("naturalWidth")).isEqualTo("64");

		browser.visit("/feedback/reports/" + reference + "?lang=sv");
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Öppen");
		assertThat(browser.findAll(By.cssSelector("#photos img"))).as("not public before an officer approves it").isEmpty();

		// The traffic officer looks at the photo and approves it for the public.
		DemoSignIn.staff(browser, "staff-officer-traffic");
		browser.visit("/staff/reports/" + reference + "?lang=en");
		assertThat(browser.find(By.id("photo-state-1")).getText()).isEqualTo("Not shown to the public");
		click(browser, By.id("review-1"));
		assertThat(browser.find(By.id("reviewed")).getText()).isEqualTo("The photo is now shown to the public.");
		browser.visit("/staff/reports/" + reference + "?lang=sv");
		assertThat(browser.find(By.id("photo-state-1")).getText()).isEqualTo("Visas för allmänheten");
		DemoSignIn.signOut(browser);
		browser.visit("/feedback/reports/" + reference + "?lang=sv");
		assertThat(browser.find(By.cssSelector("#photos img")).getDomProperty("naturalWidth")).isEqualTo("64");

		Party.Staff officer = new Party.Staff("officer-traffic", "Handläggare, Trafikkontoret");
		handling.decide(new Actor(officer, officer, Actor.Representation.SELF, Set.of(ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic")),
				LevelOfAssurance.LOA3), CaseNumber.parse(reference).orElseThrow(), new Decision(Decision.Outcome.GRANTED, "Lampan är bytt."));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !reports.find(reference).orElseThrow().isOpen());

		browser.visit(follow.replaceAll("\\?.*", "") + "?lang=sv");
		assertThat(browser.find(By.id("status-notes")).getText()).isEqualTo("Lampan är bytt.");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Är du nöjd med hur staden tog hand om din anmälan?");
		click(browser, By.id("answer"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Svara ja eller nej");
		browser.visit(follow.replaceAll("\\?.*", "") + "?lang=en");
		browser.find(By.id("satisfied")).click();
		click(browser, By.id("answer"));
		assertThat(browser.find(By.id("thanked")).getText()).isEqualTo("Thank you for your answer");
		assertThat(reports.find(reference).orElseThrow().satisfied()).contains(true);
	}

	private static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
