package org.cityhall.permits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditQuery;
import org.cityhall.identity.StaffRoles;
import org.cityhall.permits.PermitPeriod;
import org.cityhall.permits.Permits;
import org.cityhall.permits.TestPermits;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** My pages' permit page and the officers' page, without a browser: who may see what, refusals at the field, corrections audited. */
@CityHallWebTest
class PermitPagesTest {

	private static final RequestPostProcessor KARIN = SignedInAs.resident(TestPermits.CAR_OWNER.number(), TestPermits.CAR_OWNER.name());
	private static final RequestPostProcessor BIRGITTA = SignedInAs.resident(TestPermits.OUTSIDE_ZONES.number(), TestPermits.OUTSIDE_ZONES.name());
	private static final RequestPostProcessor TRAFFIC_OFFICER = SignedInAs.staff("officer-traffic",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));
	private static final RequestPostProcessor SPORTS_OFFICER = SignedInAs.staff("officer-sports",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "sports"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Permits permits;

	@Autowired
	AuditLog audit;

	String reference;

	@BeforeEach
	void aPaidPermitForTheCarOwner() {
		TestPermits.clear(permits, TestPermits.CAR_OWNER);
		reference = TestPermits.reference();
		Permits.Granted granted = (Permits.Granted) permits.apply(reference, TestPermits.CAR_OWNER, "RPK27B", PermitPeriod.MONTH);
		permits.paymentSettled(granted.feeId(), Instant.now());
	}

	@Test
	void theHolderSeesThePermitOnMyPagesAndNoOneElseDoes() throws Exception {
		mvc.perform(get("/my-pages").param("lang", "en").with(KARIN))
				.andExpect(content().string(allOf(containsString("Residents’ parking"), containsString("/my-pages/permits/" + reference),
						containsString("Valid today"))));
		mvc.perform(get("/my-pages/permits/" + reference).param("lang", "sv").with(KARIN))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Gäller i dag")));
		mvc.perform(get("/my-pages/permits/" + reference).with(BIRGITTA)).andExpect(status().isNotFound());
	}

	@Test
	void aRefusedChangeSaysWhyAtTheFieldAndKeepsWhatWasTyped() throws Exception {
		String today = permits.today().toString();
		mvc.perform(post("/my-pages/permits/" + reference + "/temporary").param("lang", "en").param("plate", "hyr 09z")
				.param("kind", "RENTAL").param("from", today).param("to", permits.today().plusDays(30).toString()).with(KARIN).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("at most " + permits.maxTemporaryDays() + " days"),
						containsString("value=\"hyr 09z\""))));
		mvc.perform(post("/my-pages/permits/" + reference + "/vehicle").param("plate", "XYZ 999").with(KARIN).with(csrf()))
				.andExpect(content().string(allOf(containsString("är XYZ999 inte en bil som du äger"), containsString("value=\"XYZ 999\""))));
	}

	@Test
	void paymentForTheNextPeriodGoesToBillingsPaymentPage() throws Exception {
		mvc.perform(post("/my-pages/permits/" + reference + "/pay").param("period", "YEAR").with(KARIN).with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/payments/")));
		assertThat(permits.find(reference).orElseThrow().unpaid()).hasValueSatisfying(period -> {
			assertThat(period.period()).isEqualTo(PermitPeriod.YEAR);
			assertThat(period.startsOn()).isEqualTo(PermitPeriod.MONTH.lastDayFrom(permits.today()).plusDays(1));
		});
	}

	@Test
	void trafficOfficersCorrectWithAReasonAndTheirReadIsAudited() throws Exception {
		mvc.perform(get("/staff/permits/" + reference).with(SPORTS_OFFICER)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/permits/" + reference).with(TRAFFIC_OFFICER)).andExpect(status().isOk());
		assertThat(audit.search(AuditQuery.all().withSubject(TestPermits.CAR_OWNER.number().value()).withWhatPrefix("permit:" + reference)))
				.isNotEmpty();

		mvc.perform(post("/staff/permits/" + reference + "/correct").param("lang", "en").param("what", "zone").param("value", "K")
				.param("reason", "").with(TRAFFIC_OFFICER).with(csrf()))
				.andExpect(content().string(containsString("Write why you make the correction")));
		mvc.perform(post("/staff/permits/" + reference + "/correct").param("what", "zone").param("value", "K")
				.param("reason", "the address is on the zone border").with(TRAFFIC_OFFICER).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(permits.find(reference).orElseThrow().zone()).isEqualTo("K");
		mvc.perform(get("/staff/permits").param("q", "rpk 27b").with(TRAFFIC_OFFICER)).andExpect(content().string(containsString(reference)));
	}

	@Test
	void theZonesPageListsEveryZoneWithItsPricesAndTellsAResidentWhichZoneTheirAddressIsIn() throws Exception {
		String anyone = mvc.perform(get("/permits/zones")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(anyone).contains("Södermalm", "Kungsholmen", "Vasastan", "Östermalm", "/permits/zones.geojson", "zone-map")
				.doesNotContain("Din folkbokföringsadress");
		assertThat(anyone.replace('\u00a0', ' ')).contains("1 000,00 kr", "12 500,00 kr");
		assertThat(mvc.perform(get("/permits/zones").with(KARIN)).andReturn().getResponse().getContentAsString())
				.contains("Din folkbokföringsadress, Skånegatan 51").contains("ligger i området Boende S – Södermalm");
		assertThat(mvc.perform(get("/permits/zones?lang=en").with(BIRGITTA)).andReturn().getResponse().getContentAsString())
				.contains("is in no residents");
		mvc.perform(get("/permits/zones.geojson")).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("application/geo+json"));
	}
}
