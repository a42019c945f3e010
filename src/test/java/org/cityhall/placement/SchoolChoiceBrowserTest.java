package org.cityhall.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * School choice in a real browser, axe on every page: Sara applies for Noah to year 4, Johan confirms on
 * My pages, the education office allocates, Vasaskolan's head teacher reads the admitted list, the
 * office publishes, and both guardians read the placement and why Vasaskolan went to another child, in
 * Swedish and English.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class SchoolChoiceBrowserTest {

	@Autowired
	PlacementRounds rounds;

	@Autowired
	Applications applications;

	@Autowired
	Clock clock;

	@Test
	void twoGuardiansApplyAndConfirmTheRoundRunsAndTheyReadTheResultAndItsReasons(Browser browser) {
		Instant now = clock.instant();
		Round round = rounds.open("Skolval test " + UUID.randomUUID().toString().substring(0, 8), 2027, now.minusSeconds(1),
				now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), LocalDate.of(2027, 1, 15), 7,
				Round.Unconfirmed.INCLUDE,
				Map.of("vasaskolan", Map.of(Grade.YEAR_4, 1), "midsommarkransens-skola", Map.of(Grade.YEAR_4, 5)));
		SchoolApplication neighbour = neighbour(round);

		// Sara applies for Noah.
		signInAsResident(browser, DemoPersonas.PARENT);
		browser.find(By.cssSelector("input[value='" + DemoPersonas.SCHOOL_CHILD.id() + "|GUARDIAN']")).click();
		click(browser, By.id("act-for-continue"));
		browser.visit("/eservices/school-application?lang=en");
		browser.visit("/eservices/school-application?lang=sv");
		click(browser, By.cssSelector("a.govuk-button--start"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		assertThat(browser.find(By.id("childName")).getDomProperty("value")).isEqualTo(DemoPersonas.SCHOOL_CHILD.name());
		browser.find(By.cssSelector("input[name='grade'][value='4']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		new Select(browser.find(By.id("choice1"))).selectByValue("vasaskolan");
		new Select(browser.find(By.id("choice2"))).selectByValue("midsommarkransens-skola");
		click(browser, By.cssSelector("form button.govuk-button:not(.govuk-button--secondary)"));
		assertThat(browser.path()).endsWith("/check");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Vasaskolan", "Midsommarkransens skola");
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/SKV-\\d{4}-\\d{6}/receipt");
		String number = browser.path().split("/")[2];
		signOut(browser);

		// Johan is asked to confirm on My pages, and does.
		signInAsResident(browser, DemoPersonas.CO_PARENT);
		browser.visit("/my-pages?lang=en");
		click(browser, By.linkText(number));
		click(browser, By.id("confirm"));
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Received");
		signOut(browser);

		// The education office allocates; Vasaskolan's head teacher sees the list before the guardians do.
		signInAsStaff(browser, "staff-officer-education");
		browser.visit("/staff/placement?lang=sv");
		browser.visit("/staff/placement/rounds/" + round.id());
		click(browser, By.id("allocate"));
		signOut(browser);
		signInAsStaff(browser, "staff-head-teacher-vasaskolan");
		browser.visit("/staff/placement/rounds/" + round.id() + "/schools/vasaskolan?lang=en");
		assertThat(browser.find(By.id("admitted")).getText()).contains(neighbour.childName())
				.doesNotContain(DemoPersonas.SCHOOL_CHILD.name());
		browser.visit("/staff/placement/rounds/" + round.id() + "/schools/vasaskolan?lang=sv");
		signOut(browser);
		signInAsStaff(browser, "staff-officer-education");
		browser.visit("/staff/placement/rounds/" + round.id());
		click(browser, By.id("publish"));
		assertThat(browser.find(By.id("statistics")).getText()).contains("Hägersten-Liljeholmen");
		browser.visit("/staff/placement/rounds/" + round.id() + "?lang=en");
		signOut(browser);

		// Both guardians read the placement and the reason, in both languages.
		signInAsResident(browser, DemoPersonas.PARENT);
		browser.visit("/my-pages/school-choice/" + number + "?lang=en");
		assertThat(browser.find(By.id("placement")).getText()).contains("Midsommarkransens skola", "Your choice number 2");
		assertThat(browser.find(By.id("reasons")).getText())
				.containsPattern("Vasaskolan filled all 1 places\\. The last child admitted had relative proximity \\d+ m; "
						+ "your child's was 0 m\\.");
		browser.visit("/my-pages/school-choice/" + number + "?lang=sv");
		assertThat(browser.find(By.id("reasons")).getText()).contains("Vasaskolan fyllde alla 1 platser.");
		signOut(browser);
		signInAsResident(browser, DemoPersonas.CO_PARENT);
		browser.visit("/my-pages/school-choice/" + number);
		assertThat(browser.find(By.id("placement")).getText()).contains("Midsommarkransens skola");
		browser.visit("/school-choice/free-places?lang=en");
	}

	/** A child living beside Vasaskolan, with far larger relative proximity there than Noah. */
	private SchoolApplication neighbour(Round round) {
		PersonalIdentityNumber child = PersonalIdentityNumber.of(LocalDate.of(2017, 9, 1), 950, false);
		PersonalIdentityNumber guardian = PersonalIdentityNumber.of(LocalDate.of(1984, 9, 1), 950, false);
		return applications.save(new SchoolApplication(UUID.randomUUID(), round.id(), "SKV-BROWSER-" + UUID.randomUUID(),
				child.value(), "Grannbarnet Vasastan", Grade.YEAR_4, List.of("vasaskolan"), guardian.value(),
				Optional.empty(), Optional.empty(), clock.instant(), "household-browser-" + round.id(), List.of(), "Norrmalm",
				new Position(673_200, 6_582_400)));
	}

	private static void signInAsResident(Browser browser, DemoPersonas.Persona persona) {
		browser.visit("/login");
		click(browser, By.id("login-demo"));
		browser.find(By.id("persona-" + persona.id())).click();
		click(browser, By.id("demo-sign-in"));
	}

	private static void signInAsStaff(Browser browser, String staffMemberId) {
		browser.visit("/login/staff");
		click(browser, By.id("login-demo-staff"));
		browser.find(By.id(staffMemberId)).click();
		click(browser, By.id("demo-staff-sign-in"));
	}

	private static void signOut(Browser browser) {
		click(browser, By.id("logout"));
	}

	private static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
