package org.cityhall.catalogue.information;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In a real browser, with axe on every page: an editor writes a page, previews it and is told what
 * is missing; a publisher approves it; the public reads it in Swedish and English, and finds it
 * under "Read more" on the e-service it explains.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class InformationPagesBrowserTest {

	@Test
	void anEditorWritesWithAPreviewAPublisherApprovesAndThePublicReadsItInBothLanguages(Browser browser) {
		String slug = InformationPageWorkflowTest.newSlug();
		signInAsStaff(browser, "staff-content-editor-city-planning");
		click(browser, By.cssSelector("a[href='/staff/information']"));
		assertThat(browser.find(By.id("pages")).getText()).contains("Så ansöker du om bygglov");
		click(browser, By.id("new-page"));

		browser.find(By.id("slug")).sendKeys(slug);
		browser.find(By.id("titleSv")).sendKeys("Bygga altan");
		browser.find(By.id("summarySv")).sendKeys("När en altan behöver bygglov.");
		browser.find(By.id("bodySv")).sendKeys("## Behöver altanen bygglov?\n\nOfta inte, men läs detaljplanen.\n\n- Höjd\n- Avstånd till tomtgräns");
		browser.find(By.id("summaryEn")).sendKeys("When a deck needs a building permit.");
		browser.find(By.id("bodyEn")).sendKeys("## Does the deck need a permit?\n\nOften not, but read the detailed development plan.");
		browser.find(By.id("eservice-building-permit")).click();
		browser.loadingNextPage(() -> browser.find(By.id("save-button")).click(), 400);
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Skriv en rubrik på engelska");
		assertThat(browser.find(By.id("bodySv")).getDomProperty("value")).contains("Avstånd till tomtgräns");

		browser.find(By.id("titleEn")).sendKeys("Building a deck");
		click(browser, By.id("preview-button"));
		assertThat(browser.find(By.id("preview-sv")).getText()).contains("Behöver altanen bygglov?", "Avstånd till tomtgräns");
		assertThat(browser.find(By.cssSelector("#preview-en h2.govuk-heading-m")).getText()).isEqualTo("Does the deck need a permit?");
		click(browser, By.id("save-button"));
		assertThat(browser.path()).isEqualTo("/staff/information/" + slug);
		click(browser, By.id("submit"));
		assertThat(browser.find(By.id("state")).getText()).isEqualTo("Granskas");
		browser.visit("/information/" + slug, 404);
		signOut(browser);

		signInAsStaff(browser, "staff-content-publisher-city-planning");
		browser.visit("/staff/information/" + slug);
		click(browser, By.id("approve"));
		assertThat(browser.find(By.id("notice")).getText()).contains("Versionen är publicerad.");
		signOut(browser);

		browser.visit("/information/" + slug);
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Bygga altan");
		assertThat(browser.find(By.id("information-body")).getText()).contains("Avstånd till tomtgräns");
		browser.visit("/information/" + slug + "?lang=en");
		assertThat(browser.language()).isEqualTo("en");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Building a deck");
		browser.visit("/eservices/building-permit");
		assertThat(browser.find(By.id("read-more")).getText()).contains("Read more", "Building a deck", "How to apply for a building permit");
		click(browser, By.cssSelector("#read-more a[href='/information/bygglov']"));
		assertThat(browser.find(By.cssSelector("#information-body table")).getText()).contains("Within ten weeks");
		browser.visit("/information?lang=sv");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Så läser du en detaljplan", "Vad är avlösning och växelvård?");
	}

	private static void signInAsStaff(Browser browser, String choice) {
		browser.visit("/login/staff");
		click(browser, By.id("login-demo-staff"));
		browser.find(By.id(choice)).click();
		click(browser, By.id("demo-staff-sign-in"));
	}

	private static void signOut(Browser browser) {
		click(browser, By.id("logout"));
	}

	private static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
