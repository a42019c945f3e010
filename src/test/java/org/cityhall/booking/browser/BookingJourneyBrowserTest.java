package org.cityhall.booking.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.cityhall.booking.Bookable;
import org.cityhall.booking.BookingRequest;
import org.cityhall.booking.BookingTime;
import org.cityhall.booking.Bookings;
import org.cityhall.booking.Resources;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.TestMailServer;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.DemoSignIn;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking in a real browser, axe on every page, in Swedish and English: a visitor books a wedding in City
 * Hall after signing in with an e-mail code; a guardian books a swimming course for a child and, the course
 * being full, joins its waitlist; an association applies for a season time in a sports hall.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class BookingJourneyBrowserTest {

	@Autowired
	Resources resources;

	@Autowired
	Bookings bookings;

	@Test
	void aVisitorSignedInWithAnEmailCodeBooksAWeddingInCityHall(Browser browser) throws Exception {
		String email = "couple-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		browser.visit("/login/visitor?lang=en");
		browser.find(By.id("email")).sendKeys(email);
		click(browser, By.cssSelector("main form button[type=submit]"));
		MimeMessage mail = TestMailServer.messagesTo(email).get(0);
		Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(mail.getContent().toString());
		assertThat(code.find()).isTrue();
		browser.find(By.id("code")).sendKeys(code.group(1));
		click(browser, By.id("check-code"));

		browser.visit("/eservices/wedding-booking");
		click(browser, By.cssSelector("a.govuk-button--start"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		// The demo city's ceremonies are on Saturdays; one five weeks ahead leaves time for the certificate.
		LocalDate saturday = LocalDate.now(BookingTime.ZONE).plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		browser.find(By.id("slotDate-day")).sendKeys(String.valueOf(saturday.getDayOfMonth()));
		browser.find(By.id("slotDate-month")).sendKeys(String.valueOf(saturday.getMonthValue()));
		browser.find(By.id("slotDate-year")).sendKeys(String.valueOf(saturday.getYear()));
		browser.find(By.cssSelector("select[name='slotTime'] option[value='11:00']")).click();
		browser.find(By.cssSelector("input[name='ceremonyLanguage'][value='en']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		browser.find(By.id("partnerOne")).sendKeys("Karin Ek");
		browser.find(By.id("partnerTwo")).sendKeys("Yusuf Demir");
		browser.find(By.id("witnessOne")).sendKeys("Anders Holm");
		browser.find(By.id("witnessTwo")).sendKeys("Johan Berg");
		click(browser, By.cssSelector("form button.govuk-button"));
		click(browser, By.cssSelector("form button.govuk-button:not(.govuk-button--secondary)"));
		assertThat(browser.path()).endsWith("/check");
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/WB-\\d{4}-\\d{6}/receipt");
		assertThat(browser.find(By.tagName("main")).getText()).contains("certificate of no impediment");

		browser.visit("/my-pages?lang=sv");
		click(browser, By.cssSelector("a[href^='/my-pages/bookings/WB-']"));
		assertThat(browser.find(By.tagName("main")).getText()).contains("Vigsel i Stadshuset", "hindersprövning");
		click(browser, By.cssSelector("form[action$='/certificate'] button"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Välj filen med intyget");
		java.nio.file.Path certificate = java.nio.file.Files.createTempFile("hindersprovning", ".pdf");
		java.nio.file.Files.write(certificate, org.cityhall.cases.TestFiles.pdf("Intyg om hindersprövning"));
		browser.find(By.id("certificate")).sendKeys(certificate.toString());
		click(browser, By.cssSelector("form[action$='/certificate'] button"));
		assertThat(browser.find(By.tagName("main")).getText()).contains("vi har fått intyget");
		java.nio.file.Files.delete(certificate);
		browser.visit("/my-pages/bookings/feed");
		click(browser, By.cssSelector("main form button"));
		assertThat(browser.find(By.tagName("main")).getText()).contains("/calendar/");
	}

	@Test
	void aGuardianBooksASwimmingCourseForAChildAndJoinsTheWaitlistOfAFullOne(Browser browser) {
		signInActingFor(browser, DemoPersonas.SCHOOL_CHILD.id());
		fill("SIM-BARN-2");

		browser.visit("/eservices/swimming?lang=sv");
		click(browser, By.cssSelector("a.govuk-button--start"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		browser.find(By.cssSelector("input[name='bookable'][value='SIM-BARN-2']")).click();
		browser.find(By.cssSelector("input[name='waitlistIfFull'][value='no']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		// Full, and no to the waitlist: the check page says so and offers it.
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("fullt");
		browser.visit(browser.path().replaceAll("/(check|submit)$", "/course") + "?lang=en");
		browser.find(By.cssSelector("input[name='waitlistIfFull'][value='yes']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/SW-\\d{4}-\\d{6}/receipt");
		assertThat(browser.find(By.tagName("main")).getText()).contains("waitlist");

		browser.visit("/my-pages");
		click(browser, By.cssSelector("a[href^='/my-pages/bookings/waiting/SW-']"));
		assertThat(browser.find(By.tagName("main")).getText()).contains("number 1");
	}

	@Test
	void anAssociationAppliesForASeasonTimeInASportsHall(Browser browser) {
		signInActingFor(browser, null);
		browser.visit("/eservices/sports-facility-booking?lang=en");
		click(browser, By.cssSelector("a.govuk-button--start"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		browser.find(By.cssSelector("input[name='bookingType'][value='season']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		browser.find(By.id("associationName")).sendKeys("Södermalms Basketklubb");
		browser.find(By.id("associationNumber")).sendKeys("802400-0047");
		browser.find(By.cssSelector("input[name='season'][value='HT27']")).click();
		browser.find(By.cssSelector("input[name='resource'][value='ZINKENSDAMM-HALL']")).click();
		browser.find(By.cssSelector("input[name='weekday'][value='2']")).click();
		browser.find(By.cssSelector("select[name='startTime'] option[value='17:00']")).click();
		browser.find(By.cssSelector("select[name='endTime'] option[value='19:00']")).click();
		browser.find(By.cssSelector("input[name='youthActivity'][value='yes']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/SFB-\\d{4}-\\d{6}/receipt");
		assertThat(browser.find(By.tagName("main")).getText()).contains("allocated");
	}

	/** Fills the course's free places with children of other families. */
	@Test
	void anOfficerAddsAResourceAfterBeingToldWhatIsMissingAndSeesTheCloseForm(Browser browser) {
		DemoSignIn.staff(browser, "staff-officer-sports");
		browser.visit("/staff?lang=sv");
		click(browser, By.cssSelector("a[href='/staff/bookings']"));
		click(browser, By.id("add-resource"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Välj vad resursen är");
		String code = "HALL-B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
		browser.visit("/staff/bookings?lang=en");
		browser.find(By.id("resourceKind")).click();
		browser.find(By.id("resourceCode")).sendKeys(code);
		browser.find(By.id("nameSv")).sendKeys("Farsta sporthall");
		browser.find(By.id("nameEn")).sendKeys("Farsta sports hall");
		browser.find(By.id("opens")).sendKeys("07:00");
		browser.find(By.id("closes")).sendKeys("22:00");
		click(browser, By.id("add-resource"));
		assertThat(browser.path()).isEqualTo("/staff/bookings/resources/" + code);
		assertThat(browser.find(By.id("close-resource")).getText()).contains("Close the resource");
	}

	private void fill(String code) {
		Bookable course = resources.bookable(code).orElseThrow();
		for (int i = 0; i < course.free(); i++) {
			Party.Person guardian = new Party.Person(PersonalIdentityNumber.of(LocalDate.of(1980, 1, 1).plusDays(i), 300 + i, false),
					"Förälder " + i);
			Party.Person child = new Party.Person(PersonalIdentityNumber.of(course.firstDay().minusYears(9).minusDays(10 + i),
					400 + i, false), "Barn " + i);
			bookings.book(new BookingRequest(code, "FILL-" + UUID.randomUUID(), guardian, child, false, Map.of(), false));
		}
	}

	private static void signInActingFor(Browser browser, String child) {
		browser.visit("/login?lang=sv");
		click(browser, By.id("login-demo"));
		browser.find(By.id("persona-" + DemoPersonas.PARENT.id())).click();
		click(browser, By.id("demo-sign-in"));
		String choice = child != null ? child + "|GUARDIAN" : DemoPersonas.PARENT.id() + "|SELF";
		browser.find(By.cssSelector("input[value='" + choice + "']")).click();
		click(browser, By.id("act-for-continue"));
	}

	private static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
