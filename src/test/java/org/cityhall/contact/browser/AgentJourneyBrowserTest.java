package org.cityhall.contact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An agent of the Contact Centre takes a call: finds the resident (the purpose asked for first), sees her
 * matters, logs the call and starts an application on her behalf by phone; axe on every page, in Swedish
 * and English.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class AgentJourneyBrowserTest {

	@Test
	void anAgentFindsTheResidentLogsTheCallAndStartsAnApplicationOnHerBehalf(Browser browser) {
		DemoSignIn.staff(browser, "staff-contact-centre-agent");
		browser.visit("/staff/contact?lang=sv");
		browser.find(By.id("person")).sendKeys(DemoPersonas.PARENT.id());
		DemoSignIn.click(browser, By.id("look-up"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Välj varför du slår upp invånaren");
		assertThat(browser.find(By.id("person")).getDomProperty("value")).isEqualTo(DemoPersonas.PARENT.id());
		browser.find(By.id("purpose")).click();
		DemoSignIn.click(browser, By.id("look-up"));
		assertThat(browser.path()).startsWith("/staff/contact/lookups/");
		String desk = browser.path().replaceAll("\\?.*", "");
		assertThat(browser.find(By.id("resident-name")).getText()).isEqualTo("Sara Lindqvist");

		browser.visit(desk + "?lang=en");
		browser.find(By.id("channel")).click();
		new Select(browser.find(By.id("topic"))).selectByValue("application");
		browser.find(By.id("outcome-e-service-started")).click();
		browser.find(By.id("minutes")).sendKeys("4");
		browser.find(By.id("waitSeconds")).sendKeys("35");
		browser.find(By.id("note")).sendKeys("Wants to apply for a place at a pre-school; started it with her on the phone.");
		DemoSignIn.click(browser, By.id("log"));
		assertThat(browser.find(By.id("logged")).getText()).isEqualTo("The contact is logged");
		assertThat(browser.find(By.tagName("main")).getText()).contains("E-service started for the resident");

		new Select(browser.find(By.id("eservice"))).selectByValue("elderly-care-enquiry");
		DemoSignIn.click(browser, By.id("start-eservice"));
		assertThat(browser.path()).startsWith("/applications/");
	}
}
