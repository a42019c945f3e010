package org.cityhall.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.SpringApplication;

/**
 * A real OpenID Connect provider for the tests (mock-oauth2-server), one per test run, with an
 * issuer for residents ({@code eid}) and one for staff ({@code staff}). A test says what the next
 * login's ID token holds with {@link #nextLogin}.
 */
public final class TestIdentityProvider {

	public static final String CLIENT_ID = "cityhall";
	public static final String PERSONAL_IDENTITY_NUMBER = "https://id.oidc.se/claim/personalIdentityNumber";
	public static final String COORDINATION_NUMBER = "https://id.oidc.se/claim/coordinationNumber";

	private static MockOAuth2Server server;

	private TestIdentityProvider() {
	}

	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			server = new MockOAuth2Server();
			server.start();
			SpringApplication.getShutdownHandlers().add(server::shutdown);
		}
		return server;
	}

	public static String issuer(String id) {
		return server().issuerUrl(id).toString();
	}

	/** The claims the next login at the issuer gets, besides the standard ones. */
	public static void nextLogin(String issuer, String subject, Map<String, ?> claims) {
		server().enqueueCallback(new DefaultOAuth2TokenCallback(issuer, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
	}

	/** A resident's login with the Swedish profile's claims at level of assurance 3. */
	public static void nextResidentLogin(String personalIdentityNumber, String givenName, String familyName) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(PERSONAL_IDENTITY_NUMBER, personalIdentityNumber);
		claims.put("given_name", givenName);
		claims.put("family_name", familyName);
		claims.put("acr", "http://id.elegnamnden.se/loa/1.0/loa3");
		nextLogin("eid", "eid-" + personalIdentityNumber, claims);
	}

	/** Spring Boot properties registering both issuers as OAuth2 clients of CityHall. */
	static Map<String, Object> clientProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String id : List.of("eid", "staff")) {
			String registration = "spring.security.oauth2.client.registration." + id + ".";
			properties.put(registration + "client-id", CLIENT_ID);
			properties.put(registration + "client-secret", "test-secret");
			properties.put(registration + "authorization-grant-type", "authorization_code");
			properties.put(registration + "redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}");
			properties.put(registration + "scope", id.equals("eid")
					? "openid,https://id.oidc.se/scope/naturalPersonNumber" : "openid,profile");
			properties.put(registration + "provider", id);
			properties.put("spring.security.oauth2.client.provider." + id + ".issuer-uri", issuer(id));
		}
		return properties;
	}
}
