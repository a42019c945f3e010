package org.cityhall.permits.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.permits.Permits;
import org.cityhall.permits.TestPermits;
import org.cityhall.permits.warden.WardenDevices;
import org.cityhall.permits.warden.WardenIndex;
import org.cityhall.permits.warden.WardenKeys;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A car owner applies in a real browser, axe on every page, in English and Swedish: granted at once, pays
 * for a quarter by card, registers a rental car for a week; the warden's check then answers yes for both
 * cars in the zone and no outside it.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class PermitJourneyBrowserTest {

	@Autowired
	Permits permits;

	@Autowired
	WardenDevices devices;

	@Autowired
	WardenIndex index;

	@Test
	void aCarOwnerAppliesPaysForAQuarterAndAddsARentalCarAndTheWardenSeesBoth(Browser browser) throws Exception {
		TestPermits.clear(permits, TestPermits.CAR_OWNER);
		DemoSignIn.resident(browser, DemoPersonas.CAR_OWNER.id());

		browser.visit("/permits/zones?lang=sv");
		assertThat(browser.find(By.tagName("main")).getText()).contains("ligger i området Boende S – Södermalm");
		browser.visit("/permits/zones?lang=en");
		assertThat(browser.find(By.id("zone-map")).isDisplayed()).as("the map is drawn where script runs").isTrue();

		browser.visit("/eservices/residents-parking-permit?lang=en");
		click(browser, By.cssSelector("a.govuk-button--start"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		browser.find(By.id("plate")).sendKeys("rpk 27b");
		browser.find(By.cssSelector("input[name='period'][value='quarter']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		browser.find(By.cssSelector("input[name='review'][value='no']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		assertThat(browser.path()).endsWith("/check");
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/[A-Z]{2,4}-\\d{4}-\\d{6}/receipt");
		// The receipt page shows the e-service's handling time, not the handler's next step: My pages shows the permit.

		browser.visit("/my-pages?lang=en");
		click(browser, By.cssSelector("a[href^='/my-pages/permits/']"));
		String permitPage = browser.path();
		assertThat(browser.find(By.id("valid-today")).getText()).isEqualTo("Not paid for today");
		click(browser, By.cssSelector("a[href^='/payments/']"));
		click(browser, By.id("pay-by-card"));
		click(browser, By.id("approve"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.visit(permitPage);
			return browser.find(By.id("valid-today")).getText().equals("Valid today");
		});
		LocalDate today = permits.today();
		String rental = TestPermits.plate();
		String typedRental = rental.substring(0, 3).toLowerCase() + " " + rental.substring(3);
		// A typed date that is none is refused at its field, with what was typed kept.
		browser.find(By.id("temporaryPlate")).sendKeys(typedRental);
		browser.find(By.id("from")).sendKeys(today.toString());
		browser.find(By.id("to")).sendKeys("next week");
		click(browser, By.id("add-temporary"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("“next week” is not a date");
		assertThat(browser.find(By.id("to")).getAttribute("value")).isEqualTo("next week");
		assertThat(browser.find(By.id("temporaryPlate")).getAttribute("value")).isEqualTo(typedRental);
		browser.find(By.id("to")).clear();
		browser.find(By.id("to")).sendKeys(today.plusDays(6).toString());
		click(browser, By.id("add-temporary"));
		assertThat(browser.find(By.tagName("main")).getText()).contains("The car is added", rental);

		browser.visit(permitPage + "?lang=sv");
		assertThat(browser.find(By.id("valid-today")).getText()).isEqualTo("Gäller i dag");

		String device = "journey-" + UUID.randomUUID().toString().substring(0, 8);
		String key = devices.register(device, "Journey handheld");
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> index.deviceActive(device));
		assertThat(check(browser, device, key, "RPK27B", "S")).contains("\"valid\":true");
		assertThat(check(browser, device, key, typedRental, "S")).contains("\"valid\":true");
		// Östermalm: outside the permit's zone.
		assertThat(check(browser, device, key, "RPK 27B", "O")).contains("\"valid\":false", "OTHER_ZONE");
		assertThat(check(browser, device, key, rental, "O")).contains("\"valid\":false", "OTHER_ZONE");
	}

	private static String check(Browser browser, String device, String key, String plate, String zone) throws Exception {
		String path = "/api/v1/warden/check?plate=" + plate.replace(" ", "%20") + "&zone=" + zone;
		String time = Long.toString(Instant.now().getEpochSecond());
		String signature = WardenKeys.sign(Base64.getDecoder().decode(key), "GET\n" + path + "\n" + time);
		HttpRequest request = HttpRequest.newBuilder(URI.create(browser.url(path))).header("X-Device-Id", device)
				.header("X-Device-Time", time).header("X-Device-Signature", signature).GET().build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
