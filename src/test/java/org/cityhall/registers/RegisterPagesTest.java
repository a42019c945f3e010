package org.cityhall.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cityhall.forms.Advice;
import org.cityhall.forms.Advisories;
import org.cityhall.forms.Answers;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The registers' pages over the demo city's data: what a resident finds and what staff import. */
@CityHallWebTest
class RegisterPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Advisories advisories;

	@Autowired
	Boreholes boreholes;

	@Autowired
	Properties properties;

	private Document page(String url) throws Exception {
		// A URI as it stands: its query is decoded once, as a browser's would be (%20 a space, %3A a colon).
		return Jsoup.parse(mvc.perform(get(java.net.URI.create(url))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aSloppilyTypedAddressFindsTheBuildingAndItsAdvice() throws Exception {
		Document found = page("/registers/radon?q=LJUSNEV.%203");
		assertThat(found.select("#results tbody tr").text()).contains("Stockholm Bagarmossen 1:2", "Ljusnevägen 3");
		Document building = page(found.select("#results a").first().attr("href") + "?lang=en");
		assertThat(building.select("h1").text()).isEqualTo("Stockholm Bagarmossen 1:2");
		assertThat(building.select("#advice li")).hasSize(5);
		assertThat(building.select("#history tbody tr")).isNotEmpty();
	}

	@Test
	void anEmptySearchIsAnErrorAtTheFieldAndALongOneKeepsWhatWasTyped() throws Exception {
		Document empty = page("/registers/radon?q=%20");
		assertThat(empty.select(".govuk-error-summary").text()).contains("Skriv vad du söker efter");
		assertThat(empty.select("title").text()).startsWith("Fel");
		String typed = "Götgatan ".repeat(30);
		Document tooLong = page("/registers/radon?q=" + typed.replace(" ", "%20"));
		assertThat(tooLong.select("#q-error").text()).contains("200");
		assertThat(tooLong.select("#q").attr("value")).isEqualTo(typed);
	}

	@Test
	void aRestaurantShowsItsLatestInspectionFirst() throws Exception {
		Document found = page("/registers/food?q=kvarterskrogen");
		assertThat(found.select("#results h2").text()).contains("Kvarterskrogen Linden");
		Document business = page(found.select("#results h2 a").first().attr("href"));
		assertThat(business.select("#latest").text()).isNotBlank();
		assertThat(business.select("dd").text()).contains("559412-3076");
	}

	@Test
	void theSearchPortalFindsTheRegistersDocuments() throws Exception {
		// The node indexes the registers' sources within seconds of their change; the demo city's are there from the start.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
			Document restaurant = page("/search?q=kvarterskrogen");
			assertThat(restaurant.select("#results a").eachAttr("href")).anyMatch(href -> href.startsWith("/registers/food/"));
			Document buildings = page("/search?q=ljusnevagen");
			assertThat(buildings.select("#results a").eachAttr("href")).isNotEmpty()
					.allMatch(href -> href.startsWith("/registers/radon/"));
			assertThat(buildings.select("#results a").eachText()).allMatch(title -> title.startsWith("Stockholm Bagarmossen "));
		});
		Document radon = page("/search?q=radon");
		assertThat(radon.select("#results a").eachAttr("href")).contains("/eservices/radon-readings");
	}

	@Test
	void thePlanForAPropertyIsFoundAndLinksToHowToReadIt() throws Exception {
		Document plans = page("/registers/plans?property=tallen%204%3A12");
		assertThat(plans.select("#result-heading").text()).contains("Stockholm Tallen 4:12");
		assertThat(plans.select("#results tbody tr").text()).contains("Tallen", "Gäller");
		assertThat(plans.select("#how-to-read").attr("href")).isEqualTo("/information/detaljplan");
		Document plan = page(plans.select("#results a").first().attr("href"));
		assertThat(plan.select("details li").eachText()).contains("Stockholm Tallen 4:12");
		assertThat(page("/registers/plans?property=Ingenstans%201%3A1").select("#property-error").text()).contains("Vi hittar ingen");
	}

	@Test
	void theBoreholeListWorksWithoutScriptByDistrictAndNearAProperty() throws Exception {
		Document index = page("/registers/boreholes");
		assertThat(index.select("#districts tbody tr")).hasSize(14);
		Document district = page("/registers/boreholes?district=Enskede-%C3%85rsta-Vant%C3%B6r");
		assertThat(district.select("#listed tbody tr")).hasSize(50);
		Document near = page("/registers/boreholes/near?property=Tallen%204%3A12&distance=50");
		List<String> distances = near.select("#near tbody tr td:last-child").eachText();
		assertThat(distances).isNotEmpty();
		List<Integer> metres = distances.stream().map(d -> Integer.parseInt(d.replace(" m", ""))).toList();
		assertThat(metres).isSorted().allMatch(m -> m <= 50);
	}

	@Test
	void theHeatPumpApplicationIsWarnedOfANeighboursBoreholeAndNotOfItsOwn() {
		RegisteredProperty tallen = properties.byDesignation("Stockholm Tallen 4:12").orElseThrow();
		List<Boreholes.Near> around = boreholes.near(tallen.position(), 20, 50);
		assertThat(around).anyMatch(n -> !n.borehole().propertyDesignation().equals(tallen.designation()));
		Answers answers = Answers.NONE.with("propertyDesignation", "Tallen 4:12").with("heatSource", "rock")
				.with("boreholeDepth", new BigDecimal(150));
		List<Advice> advice = advisories.check("heat-pump-licence", "installation", answers);
		assertThat(advice).extracting(Advice::fieldId).containsExactly("distanceToBoundary");
		assertThat(advice.get(0).text().en()).contains("neighbour's borehole VP-").doesNotContain("on Stockholm Tallen 4:12 ");
		assertThat(advisories.check("heat-pump-licence", "installation", answers.with("heatSource", "lake"))).isEmpty();
		assertThat(advisories.check("heat-pump-licence", "installation",
				Answers.NONE.with("propertyDesignation", "Ingenstans 1:1").with("heatSource", "rock"))).isEmpty();
	}

	@Test
	void anOfficerRunsAFileDryAndSeesEveryProblemByLine() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "borrhal.csv", "text/csv", String.join("\n",
				"licence_number;property_designation;depth_metres;licensed_on;easting;northing",
				"VP-2024-99999999;Stockholm Tallen 4:12;150;2024-05-01;675000;6575800",
				"VP-2024-99999998;Tallen;150;2099-05-01;675000;6575800").getBytes(StandardCharsets.UTF_8));
		String html = mvc.perform(multipart("/staff/registers/imports").file(file).param("register", "boreholes")
				.param("action", "dry-run").with(csrf())
				.with(SignedInAs.staff("officer-eh", ScopedRole.inDepartment(StaffRoles.OFFICER, "environment-health"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document report = Jsoup.parse(html);
		assertThat(report.select("#report tbody tr").eachText()).containsExactly(
				"3 property_designation Ska vara en fastighetsbeteckning, till exempel Stockholm Tallen 4:12",
				"3 licensed_on Datumet får inte ligga i framtiden");
		assertThat(boreholes.byLicence("VP-2024-99999999")).isEmpty();
		mvc.perform(get("/staff/registers/imports")
				.with(SignedInAs.staff("officer-sports", ScopedRole.inDepartment(StaffRoles.OFFICER, "sports"))))
				.andExpect(status().isForbidden());
	}
}
