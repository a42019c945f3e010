package org.cityhall.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.feedback.open311.ApiClients;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administrators issue Open311 API keys on a staff page: shown once, kept as a hash, listed, revoked, filed. */
@CityHallWebTest
class Open311ClientsPageTest {

	private static final RequestPostProcessor ADMINISTRATOR = SignedInAs.staff("platform-administrator",
			ScopedRole.cityWide(StaffRoles.PLATFORM_ADMINISTRATOR));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorIssuesAKeyShownOnceAndKeptOnlyAsItsHash() throws Exception {
		String name = "Felanmälan-appen " + UUID.randomUUID();
		String page = mvc.perform(post("/staff/open311-clients").with(ADMINISTRATOR).with(csrf()).param("lang", "en").param("name", name)
				.param("contact", "appen@stad.example").param("rate", "120"))
				.andExpect(status().isOk()).andExpect(header().string("Cache-Control", containsString("no-store")))
				.andExpect(content().string(allOf(containsString("A key is issued to " + name), containsString("The key is shown only now"))))
				.andReturn().getResponse().getContentAsString();
		String key = page.replaceAll("(?s).*id=\"issued-key\">([^<]+)<.*", "$1");
		assertThat(key).hasSizeGreaterThanOrEqualTo(32);

		ApiClients.Client client = clients.byKey(key).orElseThrow();
		assertThat(client.name()).isEqualTo(name);
		assertThat(client.contact()).isEqualTo("appen@stad.example");
		assertThat(client.requestsPerMinute()).isEqualTo(120);
		assertThat(client.issuedBy()).contains("platform-administrator");
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		assertThat(jdbc.sql("SELECT key_hash FROM feedback_api_client WHERE id = :id").param("id", client.id()).query(String.class).single())
				.isEqualTo(hash);
		mvc.perform(get("/staff/open311-clients").with(ADMINISTRATOR).param("lang", "en"))
				.andExpect(content().string(allOf(containsString(name), containsString("appen@stad.example"), not(containsString(key)))));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> filed("feedback.api-key-issued", client.id()));

		mvc.perform(post("/staff/open311-clients/" + client.id() + "/revoke").with(ADMINISTRATOR).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(clients.byKey(key)).isEmpty();
		assertThat(clients.find(client.id()).orElseThrow().revokedBy()).contains("platform-administrator");
		mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "litter").param("address_string", "Medborgarplatsen"))
				.andExpect(status().isForbidden());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> filed("feedback.api-key-revoked", client.id()));
	}

	@Test
	void mistakesAreToldAtTheirFieldsInBothLanguagesWithWhatWasTypedKept() throws Exception {
		mvc.perform(post("/staff/open311-clients").with(ADMINISTRATOR).with(csrf()).param("lang", "en").param("name", "")
				.param("contact", "drift@stad.example").param("rate", "fast"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("Enter the client&#39;s name"),
						containsString("“fast” is not a rate: enter a whole number of requests per minute from 1 to 100,000"),
						containsString("value=\"fast\""), containsString("value=\"drift@stad.example\""), not(containsString("issued-key")))));
		mvc.perform(post("/staff/open311-clients").with(ADMINISTRATOR).with(csrf()).param("lang", "sv").param("name", "Driftsystemet")
				.param("contact", "").param("rate", "0"))
				.andExpect(content().string(allOf(containsString("Skriv vem staden kan kontakta om klienten"),
						containsString("”0” är inte en takt"), containsString("value=\"Driftsystemet\""))));
	}

	@Test
	void onlyAdministratorsIssueAndRevokeKeys() throws Exception {
		RequestPostProcessor officer = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));
		mvc.perform(get("/staff/open311-clients").with(officer)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/open311-clients").with(officer).with(csrf()).param("name", "App").param("contact", "a@stad.example")
				.param("rate", "10")).andExpect(status().isForbidden());
		mvc.perform(get("/staff").with(ADMINISTRATOR).param("lang", "en")).andExpect(content().string(containsString("/staff/open311-clients")));
		mvc.perform(get("/staff").with(officer).param("lang", "en")).andExpect(content().string(not(containsString("/staff/open311-clients"))));
	}

	private boolean filed(String recordType, UUID clientId) {
		return jdbc.sql("SELECT count(*) FROM archive_record WHERE record_type = :t AND matter = :m").param("t", recordType)
				.param("m", "open311-client:" + clientId).query(Long.class).single() > 0;
	}
}
