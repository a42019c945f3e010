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
import org.cityhall.testing.browser.DemoSignIn;
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
		DemoSignIn.resident(browser, DemoPersonas.PARENT.id());
		browser.find(By.cssSelector("input[value='" + DemoPersonas.SCHOOL_CHILD.id() + "|GUARDIAN']")).click();
		DemoSignIn.click(browser, By.id("act-for-continue"));
		browser.visit("/eservices/school-application?lang=en");
		browser.visit("/eservices/school-application?lang=sv");
		DemoSignIn.click(browser, By.cssSelector("a.govuk-button--start"));
		DemoSignIn.click(browser, By.cssSelector("form button.govuk-button--start"));
		assertThat(browser.find(By.id("childName")).getDomProperty("value")).isEqualTo(DemoPersonas.SCHOOL_CHILD.name());
		browser.find(By.cssSelector("input[name='grade'][value='4']")).click();
		DemoSignIn.click(browser, By.cssSelector("form button.govuk-button"));
		new Select(browser.find(By.id("choice1"))).selectByValue("vasaskolan");
		new Select(browser.find(By.id("choice2"))).selectByValue("midsommarkransens-skola");
		DemoSignIn.click(browser, By.cssSelector("form button.govuk-button:not(.govuk-button--secondary)"));
		assertThat(browser.path()).endsWith("/check");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Vasaskolan", "Midsommarkransens skola");
		DemoSignIn.click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/SKV-\\d{4}-\\d{6}/receipt");
		String number = browser.path().split("/")[2];
		DemoSignIn.signOut(browser);

		// Johan is asked to confirm on My pages, and does.
		DemoSignIn.resident(browser, DemoPersonas.CO_PARENT.id());
		browser.visit("/my-pages?lang=en");
		DemoSignIn.click(browser, By.linkText(number));
		DemoSignIn.click(browser, By.id("confirm"));
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Received");
		DemoSignIn.signOut(browser);

		// The education office allocates; Vasaskolan's head teacher sees the list before the guardians do.
		DemoSignIn.staff(browser, "staff-officer-education");
		browser.visit("/staff/placement?lang=sv");
		browser.visit("/staff/placement/rounds/" + round.id());
		DemoSignIn.click(browser, By.id("allocate"));
		DemoSignIn.signOut(browser);
		DemoSignIn.staff(browser, "staff-head-teacher-vasaskolan");
		browser.visit("/staff/placement/rounds/" + round.id() + "/schools/vasaskolan?lang=en");
		assertThat(browser.find(By.id("admitted")).getText()).contains(neighbour.childName())
				.doesNotContain(DemoPersonas.SCHOOL_CHILD.name());
		browser.visit("/staff/placement/rounds/" + round.id() + "/schools/vasaskolan?lang=sv");
		DemoSignIn.signOut(browser);
		DemoSignIn.staff(browser, "staff-officer-education");
		browser.visit("/staff/placement/rounds/" + round.id());
		DemoSignIn.click(browser, By.id("publish"));
		assertThat(browser.find(By.id("statistics")).getText()).contains("Hägersten-Liljeholmen");
		browser.visit("/staff/placement/rounds/" + round.id() + "?lang=en");
		DemoSignIn.signOut(browser);

		// Both guardians read the placement and the reason, in both languages.
		DemoSignIn.resident(browser, DemoPersonas.PARENT.id());
		browser.visit("/my-pages/school-choice/" + number + "?lang=en");
		assertThat(browser.find(By.id("placement")).getText()).contains("Midsommarkransens skola", "Your choice number 2");
		assertThat(browser.find(By.id("reasons")).getText())
				.containsPattern("Vasaskolan filled all 1 places\\. The last child admitted had relative proximity \\d+ m; "
						+ "your child's was 0 m\\.");
		browser.visit("/my-pages/school-choice/" + number + "?lang=sv");
		assertThat(browser.find(By.id("reasons")).getText()).contains("Vasaskolan fyllde alla 1 platser.");
		DemoSignIn.signOut(browser);
		DemoSignIn.resident(browser, DemoPersonas.CO_PARENT.id());
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
}
