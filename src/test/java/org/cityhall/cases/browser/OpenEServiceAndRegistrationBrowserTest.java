package org.cityhall.cases.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityhall.notifications.TestRecipients;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The pages the heat-pump journey does not pass, in a real browser with axe: applying without login,
 * following the case by its private link and withdrawing it; and staff registering a paper application.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class OpenEServiceAndRegistrationBrowserTest {

	@Test
	void someoneWithoutLoginAppliesFollowsTheCaseByItsPrivateLinkAndWithdrawsIt(Browser browser) {
		browser.visit("/eservices/planning-guidance");
		click(browser, By.cssSelector("a.govuk-button--start"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		browser.find(By.cssSelector("input[name='enquiryType'][value='planning-decision']")).click();
		browser.find(By.id("projectDescription")).sendKeys("Vi vill bygga ett flerbostadshus på Tallen 4:12.");
		click(browser, By.cssSelector("form button.govuk-button"));
		browser.find(By.id("contactName")).sendKeys("Alex Exempel");
		browser.find(By.cssSelector("input[name='representsOrganisation'][value='no']")).click();
		browser.find(By.id("contactEmail")).sendKeys(TestRecipients.newEmail());
		click(browser, By.cssSelector("form button.govuk-button"));
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/PG-\\d{4}-\\d{6}/receipt");

		click(browser, By.cssSelector("a[href^='/track/']"));
		assertThat(browser.path()).startsWith("/track/");
		click(browser, By.cssSelector("a[href$='/withdraw']"));
		click(browser, By.cssSelector("form[action$='/withdraw'] button"));
		assertThat(browser.find(By.tagName("main")).getText()).contains("Återkallat");
	}

	@Test
	void anOfficerRegistersAPaperApplicationAndIsToldWhatIsMissing(Browser browser) {
		browser.visit("/login/staff");
		click(browser, By.id("login-demo-staff"));
		browser.find(By.id("staff-officer-environment-health")).click();
		click(browser, By.id("demo-staff-sign-in"));

		browser.visit("/staff/cases/register");
		browser.find(By.id("person")).sendKeys("19390214-9868");
		browser.loadingNextPage(() -> browser.find(By.cssSelector("form button.govuk-button")).click(), 200);
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
		assertThat(browser.find(By.id("person")).getDomProperty("value")).isEqualTo("19390214-9868");

		browser.find(By.cssSelector("#eservice-field option[value='heat-pump-licence']")).click();
		browser.find(By.id("channel-paper")).click();
		browser.find(By.id("person")).clear();
		browser.find(By.id("person")).sendKeys("19390214-9867");
		click(browser, By.cssSelector("form button.govuk-button"));
		assertThat(browser.path()).endsWith("/applicant");
	}

	private static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
