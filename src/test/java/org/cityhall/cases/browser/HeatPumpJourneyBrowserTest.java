package org.cityhall.cases.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.awaitility.Awaitility;
import org.cityhall.cases.TestFiles;
import org.cityhall.cases.api.webhooks.WebhookDispatcher;
import org.cityhall.cases.api.webhooks.WebhookReceiver;
import org.cityhall.testing.OperationsSystems;
import com.jayway.jsonpath.JsonPath;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.notifications.delivery.Dispatcher;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.TestMailServer;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.cityhall.testing.browser.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The heat-pump licence from start to decision in a real browser, axe on every page: a resident
 * applies with the demo eID, makes mistakes and sees them, uploads a site plan, checks and submits,
 * gets a receipt and a PDF/A; an officer asks for a supplement; the resident gives it; the officer
 * decides; the resident reads the decision, its PDF/A and the e-mail. Then the department's operations
 * system closes the case through the API, the resident sees it, and its webhook arrives signed. Nothing
 * the resident writes runs as script in the officer's view.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class HeatPumpJourneyBrowserTest {

	private static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=1\">";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	WebhookDispatcher webhooks;

	@Test
	void aResidentAppliesAnOfficerAsksForMoreAndDecidesAndTheResidentIsTold(Browser browser, @TempDir Path folder)
			throws Exception {
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, DemoPersonas.PARENT.number().orElseThrow(), "EMAIL", email);

		// The first page, in both languages.
		browser.visit("/eservices/heat-pump-licence?lang=en");
		assertThat(browser.language()).isEqualTo("en");
		browser.visit("/eservices/heat-pump-licence?lang=sv");
		signInAsResident(browser);

		browser.visit("/eservices/heat-pump-licence");
		click(browser, By.cssSelector("a.govuk-button--start"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		assertThat(browser.path()).endsWith("/applicant");
		assertThat(browser.find(By.id("applicantName")).getDomProperty("value")).isEqualTo(DemoPersonas.PARENT.name());

		// Mistakes are shown on top and at the field, and what was typed stays.
		browser.find(By.id("applicantPhone")).sendKeys("ring mig");
		browser.find(By.cssSelector("input[name='applicantRole'][value='owner']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
		assertThat(browser.find(By.id("applicantPhone")).getDomProperty("value")).isEqualTo("ring mig");
		browser.find(By.id("applicantPhone")).clear();
		browser.find(By.id("applicantPhone")).sendKeys("070-123 45 67");
		click(browser, By.cssSelector("form button.govuk-button"));

		browser.find(By.id("propertyDesignation")).sendKeys("Tallen 4:12");
		browser.find(By.cssSelector("input[name='waterProtectionArea'][value='no']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));

		browser.find(By.cssSelector("input[name='heatSource'][value='rock']")).click();
		browser.find(By.id("boreholeDepth")).sendKeys("900");
		browser.find(By.id("boreholeCount")).sendKeys("1");
		browser.find(By.id("distanceToBoundary")).sendKeys("12");
		browser.find(By.id("heatOutput")).sendKeys("8");
		browser.find(By.cssSelector("input[name='collectorFluid'][value='ethanol']")).click();
		browser.find(By.id("installerOrganisationNumber")).sendKeys("556016-0680");
		LocalDate drilling = LocalDate.now().plusMonths(2);
		browser.find(By.id("drillingDate-day")).sendKeys(String.valueOf(drilling.getDayOfMonth()));
		browser.find(By.id("drillingDate-month")).sendKeys(String.valueOf(drilling.getMonthValue()));
		browser.find(By.id("drillingDate-year")).sendKeys(String.valueOf(drilling.getYear()));
		click(browser, By.cssSelector("form button.govuk-button"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("300");
		assertThat(browser.find(By.id("boreholeDepth")).getDomProperty("value")).isEqualTo("900");
		browser.find(By.id("boreholeDepth")).clear();
		browser.find(By.id("boreholeDepth")).sendKeys("150");
		click(browser, By.cssSelector("form button.govuk-button"));

		// The borehole register knows a neighbour's borehole within 20 m of Tallen 4:12: a warning, not a stop.
		assertThat(browser.path()).endsWith("/installation");
		assertThat(browser.find(By.cssSelector(".govuk-warning-text")).getText()).contains("Grannens borrhål VP-", "20 meter");
		assertThat(browser.find(By.id("boreholeDepth")).getDomProperty("value")).isEqualTo("150");
		click(browser, By.cssSelector("form button.govuk-button"));

		Path plan = Files.write(folder.resolve("situationsplan.pdf"), TestFiles.pdf("Situationsplan " + System.nanoTime()));
		browser.find(By.id("sitePlan")).sendKeys(plan.toAbsolutePath().toString());
		browser.find(By.id("otherInformation")).sendKeys(HOSTILE);
		browser.find(By.id("truthful")).click();
		click(browser, By.cssSelector("form button.govuk-button:not(.govuk-button--secondary)"));
		assertThat(browser.path()).endsWith("/check");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Tallen 4:12", "situationsplan.pdf", "150 m");

		click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/HPL-\\d{4}-\\d{6}/receipt");
		String number = browser.path().split("/")[2];

		// The PDF/A receipt, made just after the commit.
		browser.driver().navigate().refresh();
		String receiptLink = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			browser.driver().navigate().refresh();
			List<org.openqa.selenium.WebElement> links = browser.findAll(By.cssSelector("a[href*='/documents/']"));
			return links.isEmpty() ? null : links.get(0).getDomAttribute("href");
		}, link -> link != null);
		browser.checkPage(200);
		assertPdfA(browser, receiptLink, folder, number);

		// The officer asks for a supplement; the resident's script is text, never run.
		signOut(browser);
		signInAsStaff(browser, "staff-officer-environment-health");
		browser.visit("/staff/cases?department=environment-health");
		click(browser, By.linkText(number));
		assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
		assertThat(browser.find(By.tagName("main")).getText()).contains("<script>window.pwned=1</script>");
		browser.find(By.id("asked")).sendKeys("Skicka en situationsplan i skala 1:400.");
		click(browser, By.cssSelector("form[action$='/supplement'] button"));

		// The resident supplements.
		signOut(browser);
		signInAsResident(browser);
		browser.visit("/my-pages");
		click(browser, By.linkText(number));
		assertThat(browser.find(By.id("supplement")).isDisplayed()).isTrue();
		browser.find(By.id("answer")).sendKeys("Här är planen i skala 1:400.");
		Path scaled = Files.write(folder.resolve("plan-1-400.pdf"), TestFiles.pdf("Plan 1:400 " + System.nanoTime()));
		browser.find(By.id("supplementFiles")).sendKeys(scaled.toAbsolutePath().toString());
		click(browser, By.cssSelector("form[action$='/supplement'] button"));

		// The officer decides.
		signOut(browser);
		signInAsStaff(browser, "staff-officer-environment-health");
		browser.visit("/staff/cases/" + number + "?template=granted");
		browser.find(By.id("outcome-granted")).click();
		click(browser, By.cssSelector("form[action$='/decide'] button"));
		assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);

		// The resident reads the decision, in both languages, with its PDF/A and an e-mail.
		signOut(browser);
		signInAsResident(browser);
		browser.visit("/my-pages/cases/" + number + "?lang=en");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Granted");
		browser.visit("/my-pages/cases/" + number + "?lang=sv");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Beviljas");
		String decisionLink = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			browser.driver().navigate().refresh();
			return browser.findAll(By.partialLinkText("decision-")).stream().findFirst()
					.map(link -> link.getDomAttribute("href")).orElse(null);
		}, link -> link != null);
		assertPdfA(browser, decisionLink, folder, number);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			dispatcher.deliverDue();
			return TestMailServer.messagesTo(email).stream().anyMatch(mail -> subject(mail).equals("Beslut i ditt ärende " + number));
		});

		// The department's operations system, subscribed to webhooks, closes the case through the API.
		String token = OperationsSystems.token("environment-case-system-" + System.nanoTime(), "environment-health",
				"cases:read", "cases:write");
		try (WebhookReceiver receiver = WebhookReceiver.acceptingAll()) {
			HttpResponse<String> subscribed = api(browser, token, "/api/v1/webhooks",
					"{\"url\":\"" + receiver.url() + "\",\"events\":[\"case-status-changed\"]}");
			assertThat(subscribed.statusCode()).isEqualTo(201);
			String secret = JsonPath.read(subscribed.body(), "$.secret");
			String webhook = JsonPath.read(subscribed.body(), "$.id");
			HttpResponse<String> closed = api(browser, token, "/api/v1/cases/" + number + "/status",
					"{\"status\":\"closed\",\"text\":\"Arkiverat i verksamhetssystemet.\"}");
			assertThat(closed.statusCode()).isBetween(200, 204);

			browser.visit("/my-pages/cases/" + number);
			assertThat(browser.find(By.tagName("main")).getText()).contains("Avslutat");
			WebhookReceiver.Received delivered = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
				webhooks.deliverDue();
				return receiver.about(number).stream().filter(hook -> hook.body().contains("\"closed\"")).findFirst();
			}, java.util.Optional::isPresent).orElseThrow();
			assertThat(WebhookReceiver.verify(secret, delivered.headers().get("cityhall-signature"), delivered.body())).isTrue();
			HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url("/api/v1/webhooks/" + webhook)))
					.header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
		}
	}

	private static HttpResponse<String> api(Browser browser, String token, String path, String json)
			throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url(path)))
				.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertPdfA(Browser browser, String link, Path folder, String number) throws IOException,
			InterruptedException {
		Cookie session = browser.driver().manage().getCookieNamed("SESSION");
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url(link)))
				.header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
		File file = Files.write(folder.resolve(number + "-" + System.nanoTime() + ".pdf"), response.body()).toFile();
		ValidationResult result = PreflightParser.validate(file);
		assertThat(result.getErrorsList()).as("PDF/A-1b errors").isEmpty();
		assertThat(result.isValid()).isTrue();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	private static void signInAsResident(Browser browser) {
		DemoSignIn.resident(browser, DemoPersonas.PARENT.id());
	}

	private static void signInAsStaff(Browser browser, String staffMemberId) {
		DemoSignIn.staff(browser, staffMemberId);
	}

	private static void signOut(Browser browser) {
		DemoSignIn.signOut(browser);
	}

	private static void click(Browser browser, By control) {
		DemoSignIn.click(browser, control);
	}
}
