package org.cityhall.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The registers as open data: paged, licensed, valid GeoJSON with longitude first, and described in OpenAPI. */
@CityHallWebTest
class OpenDataTest {

	@Autowired
	MockMvc mvc;

	private String body(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk())
				.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"license\"")))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = {"radon-readings", "boreholes", "food-inspections", "plans"})
	void everyRegisterIsValidGeoJsonPagedAndLicensed(String register) throws Exception {
		String json = body("/api/v1/registers/" + register + ".geojson?page=2&size=5");
		GeoJsonRules.assertValid(json);
		assertThat((List<?>) JsonPath.read(json, "$.features")).hasSize(5);
		assertThat((Integer) JsonPath.read(json, "$.page")).isEqualTo(2);
		assertThat((String) JsonPath.read(json, "$.licence")).contains("CC0");
		String page = body("/api/v1/registers/" + register + "?page=1&size=3");
		assertThat((List<?>) JsonPath.read(page, "$.items")).hasSize(3);
		assertThat((Integer) JsonPath.read(page, "$.total")).isGreaterThanOrEqualTo(3);
		String csv = body("/api/v1/registers/" + register + ".csv?size=2");
		assertThat(csv.lines().findFirst().orElseThrow()).matches("[a-z_]+(,[a-z_]+)+");
		assertThat(csv.lines().count()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void pointsAreWrittenLongitudeFirst() throws Exception {
		String json = body("/api/v1/registers/boreholes.geojson?size=20");
		List<Double> longitudes = JsonPath.read(json, "$.features[*].geometry.coordinates[0]");
		List<Double> latitudes = JsonPath.read(json, "$.features[*].geometry.coordinates[1]");
		// Stockholm lies near 18° E, 59.3° N: a swapped pair would put it in the Indian Ocean.
		assertThat(longitudes).allSatisfy(lon -> assertThat(lon).isBetween(17.7, 18.3));
		assertThat(latitudes).allSatisfy(lat -> assertThat(lat).isBetween(59.1, 59.5));
	}

	@Test
	void theDistrictOutlinesFollowTheRightHandRule() throws Exception {
		String json = body("/api/v1/registers/districts.geojson");
		GeoJsonRules.assertValid(json);
		assertThat((List<?>) JsonPath.read(json, "$.features")).hasSize(14);
	}

	@Test
	void aBoxOverTheWholeCityAnswersClustersThatCountEveryBorehole() throws Exception {
		String json = body("/api/v1/registers/boreholes/map.geojson?bbox=17.75,59.20,18.25,59.45");
		GeoJsonRules.assertValid(json);
		int total = JsonPath.read(json, "$.total");
		assertThat(total).isGreaterThanOrEqualTo(14_000);
		List<Integer> counts = JsonPath.read(json, "$.features[*].properties.count");
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
	}

	@Test
	void nearAPointIsNearestFirst() throws Exception {
		String all = body("/api/v1/registers/boreholes.geojson?size=1");
		double lon = JsonPath.read(all, "$.features[0].geometry.coordinates[0]");
		double lat = JsonPath.read(all, "$.features[0].geometry.coordinates[1]");
		String json = body("/api/v1/registers/boreholes/near.geojson?latitude=" + lat + "&longitude=" + lon + "&distance=200");
		GeoJsonRules.assertValid(json);
		List<Double> distances = JsonPath.read(json, "$.features[*].properties.distanceMetres");
		assertThat(distances).isNotEmpty().isSorted().allMatch(d -> d <= 200);
		assertThat(distances.get(0)).isLessThan(1.0);
	}

	@Test
	void badParametersAreProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/registers/boreholes/map.geojson?bbox=18,59")).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/registers/radon-readings?size=5000")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("size is between 1 and 1000"));
		mvc.perform(get("/api/v1/registers/boreholes/near.geojson?latitude=59.3&longitude=18.05&distance=9000"))
				.andExpect(status().isBadRequest());
	}

	@Test
	void theRegistersAreInTheOpenApiDescription() throws Exception {
		String api = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("/api/v1/registers/radon-readings.geojson", "/api/v1/registers/boreholes/map.geojson",
				"/api/v1/registers/food-inspections.csv", "/api/v1/registers/plans");
	}
}
