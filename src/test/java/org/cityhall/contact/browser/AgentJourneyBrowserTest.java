package org.cityhall.contact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityhall.contact.ContactLog;
import org.cityhall.contact.ContactQueue;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An agent of the Contact Centre takes a call: finds the resident (the purpose asked for first), sees her
 * matters, logs the call and starts an application on her behalf by phone. Another call is handed to elderly
 * care, whose officer takes it from the staff start page and closes it, and keeps the department's answers;
 * the agent answers an e-mail. Axe on every page, in Swedish and English.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class AgentJourneyBrowserTest {

	@Autowired
	ContactLog log;

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

	@Test
	void aCallHandedToElderlyCareIsTakenAndClosedByItsOfficer(Browser browser) {
		String note = "Vill ha hemtjänst oftare, ring dottern " + UUID.randomUUID().toString().substring(0, 8);
		String subject = "Trygghetslarm " + UUID.randomUUID();
		assertThat(log.emailReceived(ContactQueue.ALDRE_DIREKT, "<" + UUID.randomUUID() + "@example.org>", "anhorig@example.org", subject,
				"Hur beställer jag ett trygghetslarm till min mamma?", Instant.now().minusSeconds(300))).isTrue();

		DemoSignIn.staff(browser, "staff-contact-centre-agent");
		browser.visit("/staff/contact?queue=aldre-direkt&lang=sv");
		DemoSignIn.click(browser, By.linkText(subject));
		String email = browser.path().replaceAll("\\?.*", "");
		browser.visit(email + "?lang=en");
		browser.find(By.id("reply")).sendKeys("You order a safety alarm from elderly care; we have passed your question on.");
		DemoSignIn.click(browser, By.id("answer"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Choose what the contact was about");
		assertThat(browser.find(By.id("reply")).getDomProperty("value")).startsWith("You order a safety alarm");
		browser.visit(email + "?lang=sv");

		browser.visit("/staff/contact?queue=aldre-direkt&lang=sv");
		browser.find(By.id("person")).sendKeys(DemoPersonas.ELDERLY.id());
		browser.find(By.id("purpose")).click();
		DemoSignIn.click(browser, By.id("look-up"));
		String desk = browser.path().replaceAll("\\?.*", "");
		browser.find(By.id("channel")).click();
		new Select(browser.find(By.id("topic"))).selectByValue("elderly-care");
		browser.find(By.id("outcome-handed-over")).click();
		new Select(browser.find(By.id("department"))).selectByValue("elderly-care");
		browser.find(By.id("minutes")).sendKeys("6");
		DemoSignIn.click(browser, By.id("log"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Skriv vad förvaltningen behöver veta");
		browser.find(By.id("note")).sendKeys(note);
		DemoSignIn.click(browser, By.id("log"));
		Matcher reference = Pattern.compile(Pattern.quote(note) + "\\s+(KC-\\d{4}-\\d{6})").matcher(browser.find(By.tagName("main")).getText());
		assertThat(reference.find()).isTrue();
		String handOver = reference.group(1);
		DemoSignIn.signOut(browser);

		DemoSignIn.staff(browser, "staff-officer-elderly-care");
		browser.visit("/staff?lang=sv");
		DemoSignIn.click(browser, By.cssSelector("a[href='/staff/contact/handovers']"));
		browser.visit("/staff/contact/handovers?lang=en");
		DemoSignIn.click(browser, By.id("handover-" + handOver));
		assertThat(browser.find(By.id("resident-name")).getText()).isEqualTo("Birgitta Holm");
		assertThat(browser.find(By.id("note")).getText()).isEqualTo(note);
		DemoSignIn.click(browser, By.id("take"));
		assertThat(browser.find(By.id("done")).getText()).isEqualTo("You have taken the hand-over");
		DemoSignIn.click(browser, By.id("close"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Write what the department did");
		browser.find(By.id("outcome")).sendKeys("Called the daughter and booked a home visit.");
		DemoSignIn.click(browser, By.id("close"));
		assertThat(browser.find(By.id("state")).getText()).startsWith("Closed by officer-elderly-care");
		browser.visit("/staff/contact/handovers/" + handOver + "?lang=sv");

		String word = "trygghetslarm" + UUID.randomUUID().toString().substring(0, 6);
		browser.visit("/staff/contact/answers?lang=sv");
		browser.find(By.id("titleSv")).sendKeys("Hur beställer man " + word + "?");
		browser.find(By.id("bodySv")).sendKeys("Trygghetslarm beställs av biståndshandläggaren.");
		DemoSignIn.click(browser, By.id("save-answer"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Skriv frågan på engelska");
		browser.find(By.id("titleEn")).sendKeys("How is a " + word + " ordered?");
		browser.find(By.id("bodyEn")).sendKeys("A safety alarm is ordered by the needs assessor.");
		DemoSignIn.click(browser, By.id("save-answer"));
		DemoSignIn.click(browser, By.partialLinkText("Ändra"));
		browser.visit(browser.path().replaceAll("\\?.*", "") + "?lang=en");
		browser.find(By.id("bodyEn")).sendKeys(" Call elderly care.");
		DemoSignIn.click(browser, By.id("save-answer"));
		assertThat(browser.find(By.id("done")).getText()).isEqualTo("The answer is changed");
		assertThat(browser.find(By.id("history")).getText()).contains("Changed", "Written");
		DemoSignIn.signOut(browser);

		DemoSignIn.staff(browser, "staff-contact-centre-agent");
		browser.visit(desk + "?lang=en");
		assertThat(browser.find(By.tagName("main")).getText()).contains(handOver, "Closed", "Called the daughter and booked a home visit.");
	}
}
