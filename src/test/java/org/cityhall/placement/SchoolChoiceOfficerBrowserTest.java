package org.cityhall.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The education office sets up school choice in a real browser, axe on every page in Swedish and English: it adds
 * an independent school (the missing answers told first), sets up a round for year 7 (the impossible dates told
 * first), gives the new school places in it, and Sara finds the new school among the choices of the school
 * application.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class SchoolChoiceOfficerBrowserTest {

	@Autowired
	PlacementRounds rounds;

	@Autowired
	Schools schools;

	@Test
	void anOfficerAddsASchoolAndSetsUpARoundWithItsPlacesAndGuardiansCanChooseTheSchool(Browser browser) {
		String schoolName = "Friskolan Björken " + UUID.randomUUID().toString().substring(0, 6);
		String roundName = "Skolval 2036 " + UUID.randomUUID().toString().substring(0, 6);
		DemoSignIn.staff(browser, "staff-officer-education");
		browser.visit("/staff?lang=sv");
		DemoSignIn.click(browser, By.cssSelector("a[href='/staff/placement']"));

		// A school: first sent with nothing filled in, then in full; the form is read in English too.
		DemoSignIn.click(browser, By.id("schools"));
		DemoSignIn.click(browser, By.id("add-school"));
		browser.visit("/staff/placement/schools/new?lang=en");
		DemoSignIn.click(browser, By.id("save-school"));
		assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Enter the name of the school",
				"Select who runs the school", "Enter the easting in metres");
		browser.visit("/staff/placement/schools/new?lang=sv");
		DemoSignIn.click(browser, By.id("save-school"));
		assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Skriv skolans namn",
				"Välj skolans huvudman");
		type(browser, "name", schoolName);
		browser.find(By.id("runBy-independent")).click();
		type(browser, "district", "Hägersten-Liljeholmen");
		type(browser, "address", "Björkvägen 7, 117 60 Stockholm");
		type(browser, "easting", "671300");
		type(browser, "northing", "6577600");
		browser.find(By.id("grades-7")).click();
		new Select(browser.find(By.id("rule1"))).selectByValue("queue-date");
		DemoSignIn.click(browser, By.id("save-school"));
		assertThat(browser.path()).isEqualTo("/staff/placement/schools");
		assertThat(browser.find(By.id("schools")).getText()).contains(schoolName);
		String code = SchoolRegister.code(schoolName);
		assertThat(schools.find(code).orElseThrow().rules()).containsExactly(PriorityRule.QUEUE_DATE);
		browser.visit("/staff/placement/schools?lang=en");
		browser.visit("/staff/placement/schools/" + code + "/edit?lang=en");
		browser.visit("/staff/placement/schools/" + code + "/edit?lang=sv");

		// A round for year 7: first with the last day before the first, then as meant.
		browser.visit("/staff/placement?lang=sv");
		DemoSignIn.click(browser, By.id("new-round"));
		browser.visit("/staff/placement/rounds/new?lang=en");
		type(browser, "name", roundName);
		type(browser, "schoolYear", "2036");
		for (String grade : List.of("grades", "grades-4")) {
			browser.find(By.id(grade)).click();
		}
		date(browser, "opens", "12", "1", "2036");
		date(browser, "closes", "11", "1", "2036");
		date(browser, "reference", "15", "1", "2036");
		date(browser, "publishes", "1", "4", "2036");
		DemoSignIn.click(browser, By.id("save-round"));
		assertThat(browser.find(By.className("govuk-error-summary")).getText())
				.contains("The last day of applications must be on or after the first day, 2036-01-12");
		assertThat(browser.find(By.id("name")).getDomProperty("value")).isEqualTo(roundName);
		browser.find(By.id("closes-day")).clear();
		date(browser, "closes", "12", "2", "");
		DemoSignIn.click(browser, By.id("save-round"));
		assertThat(browser.path()).matches("/staff/placement/rounds/[0-9a-f-]{36}/places");
		String places = browser.path();
		Round round = rounds.find(java.util.UUID.fromString(places.split("/")[4])).orElseThrow();
		assertThat(round.grades()).containsExactly(Grade.YEAR_7);
		browser.visit(places + "?lang=sv");
		type(browser, "places-" + code + "-7", "28");
		type(browser, "places-vasaskolan-7", "84");
		DemoSignIn.click(browser, By.id("save-places"));
		assertThat(rounds.places(round.id())).containsEntry(code + "/7", 28).containsEntry("vasaskolan/7", 84);
		assertThat(browser.find(By.tagName("main")).getText()).contains(schoolName, "Vasaskolan");
		browser.visit("/staff/placement/rounds/" + round.id() + "/edit?lang=sv");
		browser.visit("/staff/placement/rounds/" + round.id() + "/edit?lang=en");
		browser.visit("/staff/placement/rounds/" + round.id() + "?lang=en");
		DemoSignIn.signOut(browser);

		// Sara finds the new school among the schools she can choose for Noah.
		DemoSignIn.resident(browser, DemoPersonas.PARENT.id());
		browser.find(By.cssSelector("input[value='" + DemoPersonas.SCHOOL_CHILD.id() + "|GUARDIAN']")).click();
		DemoSignIn.click(browser, By.id("act-for-continue"));
		browser.visit("/eservices/school-application?lang=en");
		DemoSignIn.click(browser, By.cssSelector("a.govuk-button--start"));
		DemoSignIn.click(browser, By.cssSelector("form button.govuk-button--start"));
		browser.find(By.cssSelector("input[name='grade'][value='7']")).click();
		DemoSignIn.click(browser, By.cssSelector("form button.govuk-button"));
		Select first = new Select(browser.find(By.id("choice1")));
		assertThat(first.getOptions()).extracting(WebElement::getText).contains(schoolName);
		first.selectByValue(code);
	}

	private static void type(Browser browser, String id, String text) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Types a date's parts; an empty part is left as it is. */
	private static void date(Browser browser, String id, String day, String month, String year) {
		String[] parts = {day, month, year};
		String[] names = {"day", "month", "year"};
		for (int i = 0; i < parts.length; i++) {
			if (!parts[i].isEmpty()) {
				type(browser, id + "-" + names[i], parts[i]);
			}
		}
	}
}
