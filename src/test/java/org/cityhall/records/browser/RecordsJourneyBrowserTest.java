package org.cityhall.records.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.records.Preschools;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The care diary and the pre-school portal in a real browser, axe on every page, in Swedish and English:
 * an elderly person consents to their son, who reads the diary, and the person sees the reading; a parent
 * reports an absence and books a development talk; the pre-school's kiosk on a 1920×1080 touch screen.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class RecordsJourneyBrowserTest {

	private static final String PRESCHOOL = "preschool-solrosen";

	@Autowired
	Preschools preschools;

	@Autowired
	org.cityhall.records.DevelopmentTalks talks;

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void anElderlyPersonConsentsTheRelativeReadsTheDiaryAndThePersonSeesTheReading(String language, Browser browser) {
		DemoSignIn.resident(browser, DemoPersonas.ELDERLY.id());
		browser.visit("/care-diary?lang=" + language);
		DemoSignIn.click(browser, By.cssSelector("main a[href='/consents/new']"));
		browser.find(By.id("grantee")).sendKeys(DemoPersonas.RELATIVE.id());
		browser.find(By.cssSelector("input[name='scope'][value='CARE_DIARY']")).click();
		LocalDate lastDay = LocalDate.now().plusMonths(1);
		browser.find(By.id("last-day-day")).sendKeys(Integer.toString(lastDay.getDayOfMonth()));
		browser.find(By.id("last-day-month")).sendKeys(Integer.toString(lastDay.getMonthValue()));
		browser.find(By.id("last-day-year")).sendKeys(Integer.toString(lastDay.getYear()));
		DemoSignIn.click(browser, By.cssSelector("main form button.govuk-button"));
		assertThat(browser.path()).startsWith("/consents");
		DemoSignIn.signOut(browser);

		DemoSignIn.resident(browser, DemoPersonas.RELATIVE.id());
		browser.visit("/my-pages?lang=" + language);
		DemoSignIn.click(browser, By.id("care-diary-link"));
		DemoSignIn.click(browser, By.xpath("//main//a[text()='" + DemoPersonas.ELDERLY.name() + "']"));
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(DemoPersonas.ELDERLY.name());
		assertThat(browser.find(By.tagName("main")).getText()).contains("Morgonhjälp");
		DemoSignIn.signOut(browser);

		DemoSignIn.resident(browser, DemoPersonas.ELDERLY.id());
		browser.visit("/care-diary?lang=" + language);
		DemoSignIn.click(browser, By.id("readers"));
		WebElement newest = browser.find(By.cssSelector("#readers-table tbody tr"));
		assertThat(newest.getText()).contains(DemoPersonas.RELATIVE.name())
				.contains(language.equals("sv") ? "Anhörig med ditt samtycke" : "Relative with your consent");
		DemoSignIn.signOut(browser);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void aParentReportsAnAbsenceAndBooksADevelopmentTalk(String language, Browser browser) {
		Actor teacher = new Actor(new Party.Staff("preschool-teacher-solrosen", "Förskollärare"),
				new Party.Staff("preschool-teacher-solrosen", "Förskollärare"), Actor.Representation.STAFF,
				Set.of(new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:" + PRESCHOOL)), LevelOfAssurance.LOA3);
		// A time of its own, far ahead, so the journey never runs out of free ones.
		UUID slot = talks.openTalkTime(teacher, PRESCHOOL, Instant.now().plus(200, ChronoUnit.DAYS)
				.plus(ThreadLocalRandom.current().nextInt(500_000), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES), 30);

		DemoSignIn.resident(browser, DemoPersonas.PARENT.id());
		browser.visit("/preschool-portal?lang=" + language);
		DemoSignIn.click(browser, By.xpath("//main//a[text()='" + DemoPersonas.PRESCHOOL_CHILD.name() + "']"));
		DemoSignIn.click(browser, By.id("report-absence"));
		// The day is today already; without a reason the form says so and keeps the day.
		browser.find(By.id("day-day")).clear();
		browser.loadingNextPage(() -> browser.find(By.id("absence-submit")).click(), 200);
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
		LocalDate today = preschools.today();
		browser.find(By.id("day-day")).sendKeys(Integer.toString(today.getDayOfMonth()));
		browser.find(By.cssSelector("input[name='reason'][value='ill']")).click();
		DemoSignIn.click(browser, By.id("absence-submit"));
		assertThat(browser.find(By.id("banner")).getText()).contains(DemoPersonas.PRESCHOOL_CHILD.name());

		DemoSignIn.click(browser, By.id("book-talk"));
		browser.find(By.cssSelector("input[name='slot'][value='" + slot + "']")).click();
		DemoSignIn.click(browser, By.id("talk-submit"));
		assertThat(browser.find(By.id("banner")).isDisplayed()).isTrue();
		assertThat(browser.find(By.id("talk")).getText()).isNotBlank();

		DemoSignIn.click(browser, By.id("withdraw"));
		DemoSignIn.click(browser, By.cssSelector("a.govuk-back-link"));
		DemoSignIn.click(browser, By.id("messages"));
		String message = "Elsa kommer lite senare på fredag. " + UUID.randomUUID();
		browser.find(By.id("message")).sendKeys(message);
		DemoSignIn.click(browser, By.id("send-message"));
		assertThat(browser.find(By.id("conversation")).getText()).contains(message);
		DemoSignIn.signOut(browser);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void theKioskFitsA1920By1080TouchScreenWithLargeTargetsAndNothingPersonal(String language, Browser browser) {
		Dimension before = browser.driver().manage().window().getSize();
		browser.driver().manage().window().setSize(new Dimension(1920, 1080));
		try {
			browser.visit("/preschool-portal/kiosk?lang=" + language);
			DemoSignIn.click(browser, By.cssSelector("a[href='/preschool-portal/kiosk/" + PRESCHOOL + "']"));
			for (WebElement day : browser.findAll(By.cssSelector(".kiosk__day"))) {
				assertThat(day.getRect().getHeight()).as("a day button's height").isGreaterThanOrEqualTo(96);
				assertThat(day.getRect().getWidth()).as("a day button's width").isGreaterThanOrEqualTo(96);
			}
			assertThat(browser.findAll(By.cssSelector(".kiosk__day"))).hasSize(5);
			Number width = (Number) browser.script("return document.documentElement.scrollWidth");
			assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(1920);
			String text = browser.find(By.tagName("body")).getText();
			assertThat(text).doesNotContain(DemoPersonas.PRESCHOOL_CHILD.name()).doesNotContain(DemoPersonas.PARENT.name());
			assertThat(browser.findAll(By.tagName("img"))).isEmpty();
			DemoSignIn.click(browser, By.cssSelector(".kiosk__day:not(.kiosk__day--chosen)"));
			assertThat(browser.find(By.cssSelector(".kiosk__day--chosen")).getText())
					.isEqualTo(browser.find(By.id("kiosk-day")).getText().split(" ")[0]);
		}
		finally {
			browser.driver().manage().window().setSize(before);
		}
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void staffWriteInADiaryOfTheirUnitAndRunTheirPreSchoolsWeek(String language, Browser browser) {
		DemoSignIn.staff(browser, "staff-care-staff-home-help-bromma");
		browser.visit("/staff/care-diaries?lang=" + language);
		DemoSignIn.click(browser, By.xpath("//main//a[text()='" + DemoPersonas.ELDERLY.name() + "']"));
		browser.loadingNextPage(() -> browser.find(By.cssSelector("main form button.govuk-button")).click(), 200);
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
		String measure = "Promenad " + UUID.randomUUID().toString().substring(0, 8);
		browser.find(By.id("measure")).sendKeys(measure);
		browser.find(By.id("note")).sendKeys("En runda i parken.");
		DemoSignIn.click(browser, By.cssSelector("main form button.govuk-button"));
		assertThat(browser.find(By.tagName("main")).getText()).contains(measure);
		DemoSignIn.signOut(browser);

		DemoSignIn.staff(browser, "staff-preschool-teacher-solrosen");
		browser.visit("/staff/preschools?lang=" + language);
		DemoSignIn.click(browser, By.cssSelector("main a[href='/staff/preschools/" + PRESCHOOL + "']"));
		browser.find(By.id("talk-time")).sendKeys("25:99");
		browser.loadingNextPage(() -> browser.find(By.cssSelector("form[action$='/talk-times'] button")).click(), 200);
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
		assertThat(browser.find(By.id("talk-time")).getDomProperty("value")).isEqualTo("25:99");
		DemoSignIn.click(browser, By.id("publish-week"));
		DemoSignIn.click(browser, By.xpath("//ul[@id='children']//a[contains(., '" + DemoPersonas.PRESCHOOL_CHILD.name() + "')]"));
		String message = "Välkommen tillbaka! " + UUID.randomUUID();
		browser.find(By.id("message")).sendKeys(message);
		DemoSignIn.click(browser, By.id("send-message"));
		assertThat(browser.find(By.id("conversation")).getText()).contains(message);
		DemoSignIn.signOut(browser);
	}
}
