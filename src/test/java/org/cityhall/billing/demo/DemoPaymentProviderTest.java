package org.cityhall.billing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityhall.billing.FeeStatus;
import org.cityhall.billing.Fees;
import org.cityhall.billing.PaymentProvider;
import org.cityhall.billing.PaymentProvider.ProviderPayment;
import org.cityhall.billing.PaymentProvider.StartedPayment;
import org.cityhall.billing.PaymentProvider.Status;
import org.cityhall.billing.TestPayers;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo city's stand-in card provider, over real HTTP as a real provider would be reached. */
@CityHallWebTest
class DemoPaymentProviderTest {

	@LocalServerPort
	int port;

	@Autowired
	PaymentProvider provider;

	@Autowired
	Fees fees;

	HttpClient browser;

	@BeforeEach
	void setUp() {
		browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void aPaymentApprovedOnTheCardPageIsPaidWhenTheProviderIsAsked() throws Exception {
		URI returnUrl = uri("/payments/" + UUID.randomUUID() + "/return");
		StartedPayment started = provider.start(Money.sek("1500"), "ref-" + UUID.randomUUID(), returnUrl);
		assertThat(started.redirectUrl()).hasToString("http://localhost:" + port + "/demo/payment-provider/pay/" + started.id());
		assertThat(provider.status(started.id())).isEqualTo(new ProviderPayment(started.id(), Status.CREATED, Money.sek("1500")));

		HttpResponse<String> cardPage = browser.send(HttpRequest.newBuilder(started.redirectUrl()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(cardPage.statusCode()).isEqualTo(200);
		assertThat(cardPage.body()).contains("låtsasbetaltjänst", "Inga riktiga pengar dras", "1\u00a0500,00\u00a0kr",
				"Godkänn betalningen", "Neka kortet", "Avbryt betalningen");
		HtmlChecker.assertValid(cardPage.body(), "demo card page");

		HttpResponse<String> back = post(started.redirectUrl(), "decision=approve&_csrf=" + csrfOf(cardPage.body()));
		assertThat(back.statusCode()).isEqualTo(303);
		assertThat(back.headers().firstValue("Location")).contains(returnUrl + "?payment=" + started.id() + "&status=paid");

		assertThat(provider.status(started.id())).isEqualTo(new ProviderPayment(started.id(), Status.PAID, Money.sek("1500")));
		HttpResponse<String> decided = browser.send(HttpRequest.newBuilder(started.redirectUrl()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(decided.body()).contains("Betalningen är redan godkänd.").doesNotContain("Godkänn betalningen");
	}

	@Test
	void aDecisionOnceMadeStands() throws Exception {
		StartedPayment started = provider.start(Money.sek("99"), "ref-" + UUID.randomUUID(), uri("/payments/x/return"));
		String csrf = csrfOf(browser.send(HttpRequest.newBuilder(started.redirectUrl()).build(), HttpResponse.BodyHandlers.ofString()).body());

		post(started.redirectUrl(), "decision=decline&_csrf=" + csrf);
		post(started.redirectUrl(), "decision=approve&_csrf=" + csrf);

		assertThat(provider.status(started.id()).status()).isEqualTo(Status.FAILED);
	}

	@Test
	void aRetriedStartWithTheSameReferenceIsTheSamePayment() {
		String reference = "ref-" + UUID.randomUUID();
		StartedPayment first = provider.start(Money.sek("10"), reference, uri("/payments/x/return"));

		assertThat(provider.start(Money.sek("10"), reference, uri("/payments/x/return"))).isEqualTo(first);
		assertThat(provider.start(Money.sek("10"), "ref-" + UUID.randomUUID(), uri("/payments/x/return")).id()).isNotEqualTo(first.id());
	}

	@Test
	void theApiWantsItsKey() throws Exception {
		HttpResponse<String> withoutKey = browser.send(HttpRequest.newBuilder(uri("/demo/payment-provider/payments/demo-x")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> wrongKey = browser.send(HttpRequest.newBuilder(uri("/demo/payment-provider/payments"))
				.header("Authorization", "Bearer wrong").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(withoutKey.statusCode()).isEqualTo(401);
		assertThat(wrongKey.statusCode()).isEqualTo(401);
		assertThat(wrongKey.headers().firstValue("Content-Type")).contains("application/problem+json");
	}

	@Test
	void theApiSaysWhatIsWrongWithARequest() throws Exception {
		assertThat(api("POST", "/payments", "not json").statusCode()).isEqualTo(400);
		assertThat(api("POST", "/payments", "{\"amount\":0,\"currency\":\"SEK\",\"reference\":\"r\",\"returnUrl\":\"http://x.example/\"}").body())
				.contains("amount is a positive whole number");
		assertThat(api("POST", "/payments", "{\"amount\":100,\"currency\":\"SEK\",\"reference\":\"r\",\"returnUrl\":\"/relative\"}").body())
				.contains("returnUrl");
		assertThat(api("GET", "/payments/demo-unknown", null).statusCode()).isEqualTo(404);
	}

	@Test
	void aResidentPaysAFeeThroughTheDemoCityFromSignInToReceipt() throws Exception {
		UUID fee = fees.incur(DemoPersonas.CAR_OWNER.party(), TestPayers.randomMatter(),
				new LocalizedText("Kartavgift", "Map fee"), Money.sek("725"), new BigDecimal("0.25"));
		HttpResponse<String> login = get(uri("/login/demo"));
		HttpResponse<String> signedIn = post(uri("/login/demo"), "persona=" + DemoPersonas.CAR_OWNER.id() + "&_csrf=" + csrfOf(login.body()));
		assertThat(signedIn.statusCode()).isEqualTo(302);

		HttpResponse<String> feePage = get(uri("/payments/" + fee));
		assertThat(feePage.statusCode()).isEqualTo(200);
		assertThat(feePage.body()).contains("Kartavgift", "725,00\u00a0kr");
		HttpResponse<String> toProvider = post(uri("/payments/" + fee + "/card"), "_csrf=" + csrfOf(feePage.body()));
		assertThat(toProvider.statusCode()).isEqualTo(303);
		URI cardPage = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
		assertThat(cardPage.getPath()).startsWith("/demo/payment-provider/pay/");

		HttpResponse<String> card = get(cardPage);
		HttpResponse<String> back = post(cardPage, "decision=approve&_csrf=" + csrfOf(card.body()));
		URI returned = URI.create(back.headers().firstValue("Location").orElseThrow());
		assertThat(returned.getPath()).isEqualTo("/payments/" + fee + "/return");

		HttpResponse<String> settled = get(returned);
		assertThat(settled.statusCode()).isEqualTo(302);
		assertThat(settled.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/payments/" + fee + "/receipt"));
		HttpResponse<String> receipt = get(uri("/payments/" + fee + "/receipt"));
		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(receipt.body()).contains("Betalningen är klar", "Du har betalat 725,00\u00a0kr");
		assertThat(fees.find(fee).orElseThrow().status()).isEqualTo(FeeStatus.PAID);
	}

	private HttpResponse<String> api(String method, String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/demo/payment-provider" + path))
				.header("Authorization", "Bearer " + DemoPayments.DEFAULT_API_KEY)
				.header("Content-Type", "application/json");
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(URI uri, String form) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrfOf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
		return URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
