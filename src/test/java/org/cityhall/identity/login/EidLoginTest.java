package org.cityhall.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Residents and staff sign in through a real OpenID Connect provider with the Swedish profile's
 * claims, end to end over HTTP: redirects, code exchange, ID token, session, logout at the provider.
 */
@CityHallWebTest
class EidLoginTest {

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

	@Test
	void aResidentSignsInWithTheirPersonalIdentityNumberAndIsKnownFromTheRegister() throws Exception {
		TestIdentityProvider.nextResidentLogin(DemoPersonas.PARENT.id(), "Sara", "Lindqvist");

		HttpResponse<String> landed = get("/oauth2/authorization/eid");

		assertThat(landed.uri().getPath()).isEqualTo("/act-for");
		assertThat(landed.body()).contains("Sara Lindqvist", "Vem agerar du för?", "Elsa Lindqvist")
				.doesNotContain("Vi hittar dig inte i folkbokföringen");
	}

	@Test
	void aResidentTheRegisterDoesNotKnowStillGetsInWithANotice() throws Exception {
		PersonalIdentityNumber newcomer = PersonalIdentityNumber.of(LocalDate.of(1990, 5, 17), ThreadLocalRandom.current().nextInt(0, 900), false);
		TestIdentityProvider.nextResidentLogin(newcomer.value(), "Ny", "Invånare");

		HttpResponse<String> landed = get("/oauth2/authorization/eid");

		assertThat(landed.uri().getPath()).isEqualTo("/act-for");
		assertThat(landed.body()).contains("Ny Invånare", "Vi hittar dig inte i folkbokföringen");
	}

	@Test
	void aCoordinationNumberIsAccepted() throws Exception {
		PersonalIdentityNumber coordination = PersonalIdentityNumber.of(LocalDate.of(1992, 3, 4), ThreadLocalRandom.current().nextInt(0, 900), true);
		TestIdentityProvider.nextLogin("eid", "coordination", Map.of(TestIdentityProvider.COORDINATION_NUMBER, coordination.value(),
				"given_name", "Samordnad", "family_name", "Person"));

		assertThat(get("/oauth2/authorization/eid").uri().getPath()).isEqualTo("/act-for");
	}

	@Test
	void aLoginWithoutANumberIsRefusedWithAClearPageAndNoSession() throws Exception {
		TestIdentityProvider.nextLogin("eid", "no-number", Map.of("given_name", "Utan", "family_name", "Nummer"));

		HttpResponse<String> refused = get("/oauth2/authorization/eid");

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.uri().getPath()).isEqualTo("/login/failed");
		assertThat(refused.body()).contains("Inloggningen gav inget personnummer");
		assertThat(get("/act-for").uri().getPath()).as("not signed in").isEqualTo("/login");
	}

	@Test
	void aMalformedNumberIsRefusedWithAClearPage() throws Exception {
		TestIdentityProvider.nextLogin("eid", "malformed", Map.of(TestIdentityProvider.PERSONAL_IDENTITY_NUMBER, "198504121235"));

		HttpResponse<String> refused = get("/oauth2/authorization/eid");

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("Personnumret från inloggningen gick inte att använda");
		assertThat(get("/act-for").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void theLoginUsesPkceAndAsksForTheSwedishNumberScope() throws Exception {
		HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> redirect = noRedirects.send(HttpRequest.newBuilder(uri("/oauth2/authorization/eid")).build(),
				HttpResponse.BodyHandlers.ofString());

		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("code_challenge=", "code_challenge_method=S256", "naturalPersonNumber", "nonce=");
	}

	@Test
	void aStepUpAsksTheProviderForTheHigherLevel() throws Exception {
		HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> redirect = noRedirects.send(HttpRequest.newBuilder(uri("/oauth2/authorization/eid?level=LOA4")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(redirect.headers().firstValue("Location").orElseThrow())
				.contains("acr_values=http://id.elegnamnden.se/loa/1.0/loa4");
	}

	@Test
	void signingOutEndsTheSessionAtTheProviderToo() throws Exception {
		TestIdentityProvider.nextResidentLogin(DemoPersonas.CAR_OWNER.id(), "Karin", "Ek");
		HttpResponse<String> landed = get("/oauth2/authorization/eid");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(landed.body());
		assertThat(csrf.find()).isTrue();

		HttpResponse<String> out = browser.send(HttpRequest.newBuilder(uri("/logout"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1))).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(out.uri().getQuery()).isEqualTo("signed-out");
		assertThat(get("/act-for").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void staffSignInThroughTheirOwnRegistrationAndGetTheirRolesFromTheCitysData() throws Exception {
		TestIdentityProvider.nextLogin("staff", "staff-admin", Map.of("preferred_username", "platform-administrator"));

		HttpResponse<String> landed = get("/oauth2/authorization/staff");

		assertThat(landed.uri().getPath()).isEqualTo("/staff");
		assertThat(landed.body()).contains("Plattformsförvaltare", "city");
	}

	@Test
	void someoneTheCityHasNotRegisteredAsStaffIsRefused() throws Exception {
		TestIdentityProvider.nextLogin("staff", "stranger", Map.of("preferred_username", "not-on-the-staff"));

		HttpResponse<String> refused = get("/oauth2/authorization/staff");

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("Du finns inte som medarbetare");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
