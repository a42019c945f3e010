package org.cityhall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.TestMailServer;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Signing in as a resident with the demo eID, acting for a child, as staff, and as a visitor with
 * an e-mail code, in a real browser; axe checks every page on the way, in both languages.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class IdentityBrowserTest {

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void aParentSignsInWithTheDemoEidAndActsForTheirChild(String language, Browser browser) {
		browser.visit("/login?lang=" + language);
		assertThat(browser.language()).isEqualTo(language);
		follow(browser, By.id("login-demo"), 200);

		submit(browser, By.id("demo-sign-in"), 400);
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();

		browser.find(By.id("persona-" + DemoPersonas.PARENT.id())).click();
		submit(browser, By.id("demo-sign-in"), 200);
		assertThat(browser.path()).isEqualTo("/act-for");
		assertThat(browser.find(By.id("signed-in-as")).getText()).isEqualTo(DemoPersonas.PARENT.name());

		browser.find(By.cssSelector("input[value='" + DemoPersonas.PRESCHOOL_CHILD.id() + "|GUARDIAN']")).click();
		submit(browser, By.id("act-for-continue"), 200);
		assertThat(browser.find(By.id("acting-for")).getText()).contains(DemoPersonas.PRESCHOOL_CHILD.name());

		browser.visit("/consents");
		browser.visit("/consents/new");
		browser.visit("/my-pages/who-read-my-data");
		assertThat(browser.find(By.id("acting-for")).getText()).contains(DemoPersonas.PRESCHOOL_CHILD.name());
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void anAdministratorSignsInWithTheDemoStaffPickerAndSearchesTheAuditLog(String language, Browser browser) {
		signInWithTheDemoStaffPicker(browser, language, "staff-platform-administrator");
		assertThat(browser.path()).isEqualTo("/staff");

		browser.visit("/staff/audit");
		browser.visit("/staff/audit?subject=" + DemoPersonas.ELDERLY.id());
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = {"sv", "en"})
	void anOfficersLookUpIsShownToThePersonAsARead(String language, Browser browser) {
		signInWithTheDemoStaffPicker(browser, language, "staff-officer-elderly-care");
		browser.visit("/staff/persons");
		browser.find(By.id("number")).sendKeys(DemoPersonas.ELDERLY.id());
		browser.find(By.id("purpose-case-handling")).click();
		submit(browser, By.id("look-up"), 200);
		assertThat(browser.find(By.id("person-name")).getText()).isEqualTo(DemoPersonas.ELDERLY.name());
	}

	@Test
	void aVisitorSignsInWithACodeSentToTheirEmail(Browser browser) throws Exception {
		String email = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		browser.visit("/login/visitor");
		browser.find(By.id("email")).sendKeys(email);
		submit(browser, By.cssSelector("main form button[type=submit]"), 200);
		assertThat(browser.path()).isEqualTo("/login/visitor/code");

		MimeMessage mail = TestMailServer.messagesTo(email).get(0);
		Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(mail.getContent().toString());
		assertThat(code.find()).as("a six-digit code in the mail").isTrue();
		browser.find(By.id("code")).sendKeys(code.group(1));
		submit(browser, By.id("check-code"), 200);

		assertThat(browser.find(By.id("signed-in-as")).getText()).isEqualTo(email);
	}

	private static void signInWithTheDemoStaffPicker(Browser browser, String language, String staffMemberId) {
		browser.visit("/login/staff?lang=" + language);
		follow(browser, By.id("login-demo-staff"), 200);
		browser.find(By.id(staffMemberId)).click();
		submit(browser, By.id("demo-staff-sign-in"), 200);
	}

	private static void follow(Browser browser, By link, int status) {
		submit(browser, link, status);
	}

	private static void submit(Browser browser, By control, int status) {
		browser.loadingNextPage(() -> browser.find(control).click(), status);
	}
}
