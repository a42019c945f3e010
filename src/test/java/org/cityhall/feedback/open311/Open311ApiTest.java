package org.cityhall.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cityhall.cases.Case;
import org.cityhall.cases.CaseHandling;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.Cases;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reports;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GeoReport v2 endpoints answer the specification's example requests with its fields and types, in
 * JSON and XML: services and a service definition, posting a request with an API key, searching, one
 * request, a token, and the specification's errors.
 */
@CityHallWebTest
class Open311ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Cases cases;

	@Autowired
	CaseHandling handling;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients clients;

	@Autowired
	Reports reports;

	String key;

	@BeforeEach
	void aClient() {
		key = clients.register("Test app " + UUID.randomUUID(), "open311@stad.example", 1000, "platform-administrator");
	}

	@Test
	void servicesListEveryCategoryWithTheSpecifiedFieldsInJsonAndXml() throws Exception {
		JsonNode services = json(mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString());
		assertThat(services.isArray()).isTrue();
		JsonNode light = find(services, "service_code", "street-light");
		assertThat(light.get("service_name").asString()).isEqualTo("Gatubelysning");
		assertThat(light.get("metadata").isBoolean()).isTrue();
		assertThat(light.get("metadata").asBoolean()).isTrue();
		assertThat(light.get("type").asString()).isEqualTo("realtime");
		assertThat(light.get("group").asString()).isEqualTo("streets");
		assertThat(light.has("keywords") && light.has("description")).isTrue();

		Document xml = xml(mvc.perform(get("/open311/v2/services.xml").header("Accept-Language", "en")).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML)).andReturn().getResponse().getContentAsByteArray());
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
		Element first = (Element) xml.getElementsByTagName("service").item(0);
		assertThat(text(first, "service_code")).isEqualTo("street-light");
		assertThat(text(first, "service_name")).isEqualTo("Street lighting");
		assertThat(text(first, "metadata")).isEqualTo("true");
	}

	@Test
	void aServiceDefinitionGivesItsAttributesAndAnUnknownServiceIsTheSpecifiedError() throws Exception {
		JsonNode definition = json(mvc.perform(get("/open311/v2/services/street-light.json")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
		assertThat(definition.get("service_code").asString()).isEqualTo("street-light");
		JsonNode attribute = definition.get("attributes").get(0);
		assertThat(attribute.get("variable").asBoolean()).isTrue();
		assertThat(attribute.get("code").asString()).isEqualTo("pole_number");
		assertThat(attribute.get("datatype").asString()).isEqualTo("string");
		assertThat(attribute.get("required").isBoolean()).isTrue();
		assertThat(attribute.get("order").isInt()).isTrue();

		Document xml = xml(mvc.perform(get("/open311/v2/services/street-light.xml")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray());
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
		assertThat(text((Element) xml.getElementsByTagName("attribute").item(0), "code")).isEqualTo("pole_number");

		JsonNode error = json(mvc.perform(get("/open311/v2/services/no-such.json")).andExpect(status().isNotFound())
				.andReturn().getResponse().getContentAsString());
		assertThat(error.get(0).get("code").asInt()).isEqualTo(404);
		assertThat(error.get(0).get("description").asString()).contains("no-such");
	}

	@Test
	void aPostedRequestIsACaseRoutedScreenedAndFoundAgainByIdSearchAndToken() throws Exception {
		JsonNode created = json(mvc.perform(request("street-light").param("lat", "59.3145").param("long", "18.0735")
				.param("address_string", "Skånegatan 51").param("email", "karin.ek@example.org").param("attribute[pole_number]", "S-1201")
				.param("description", "Lampan är släckt. Ring 070-123 45 67 om ni undrar."))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String id = created.get(0).get("service_request_id").asString();
		assertThat(id).matches("[A-Z]{2,4}-\\d{4}-\\d{6}");
		assertThat(created.get(0).get("service_notice").asString()).contains(id);
		assertThat(created.get(0).has("account_id")).isTrue();
		assertThat(created.get(0).get("account_id").isNull()).isTrue();
		ReportView filed = reports.find(id).orElseThrow();
		assertThat(filed.department()).isEqualTo("traffic");
		assertThat(filed.email()).contains("karin.ek@example.org");

		JsonNode one = json(mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString()).get(0);
		assertThat(one.get("service_request_id").asString()).isEqualTo(id);
		assertThat(one.get("status").asString()).isEqualTo("open");
		assertThat(one.get("service_code").asString()).isEqualTo("street-light");
		assertThat(one.get("description").asString()).doesNotContain("070").contains("Lampan är släckt");
		assertThat(one.get("lat").isNumber() && one.get("long").isNumber()).isTrue();
		assertThat(one.get("lat").asDouble()).isEqualTo(59.3145);
		assertThat(one.get("address").asString()).isEqualTo("Skånegatan 51");
		OffsetDateTime requested = OffsetDateTime.parse(one.get("requested_datetime").asString());
		assertThat(requested.getOffset().getTotalSeconds()).isIn(3600, 7200);
		assertThat(one.has("expected_datetime") && one.has("media_url") && one.has("agency_responsible") && one.has("status_notes")).isTrue();
		assertThat(one.toString()).doesNotContain("karin.ek");

		Document xml = xml(mvc.perform(get("/open311/v2/requests/" + id + ".xml")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray());
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
		Element request = (Element) xml.getElementsByTagName("request").item(0);
		assertThat(text(request, "service_request_id")).isEqualTo(id);
		assertThat(text(request, "status")).isEqualTo("open");
		assertThat(text(request, "long")).isEqualTo("18.0735");

		JsonNode searched = json(mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id + ",NO-2026-000000")
				.param("status", "open")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(searched.size()).isEqualTo(1);
		assertThat(searched.get(0).get("service_request_id").asString()).isEqualTo(id);
		assertThat(json(mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id).param("status", "closed"))
				.andReturn().getResponse().getContentAsString()).size()).isZero();

		JsonNode token = json(mvc.perform(get("/open311/v2/tokens/" + created.get(0).get("token").asString() + ".json"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get(0);
		assertThat(token.get("service_request_id").asString()).isEqualTo(id);
	}

	@Test
	void theSearchTakesTheWindowAndPageSizeAndRefusesWhatIsNoTime() throws Exception {
		String id = json(mvc.perform(request("litter").param("lat", "59.33").param("long", "18.06").param("description", "Full papperskorg"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get(0).get("service_request_id").asString();
		JsonNode page = json(mvc.perform(get("/open311/v2/requests.json").param("service_code", "litter").param("page_size", "1"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.size()).isEqualTo(1);
		assertThat(page.get(0).get("service_request_id").asString()).isEqualTo(id);
		assertThat(json(mvc.perform(get("/open311/v2/requests.json").param("service_code", "litter").param("end_date", "2020-01-01T00:00:00Z"))
				.andReturn().getResponse().getContentAsString()).size()).isZero();
		JsonNode error = json(mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday"))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(error.get(0).get("code").asInt()).isEqualTo(400);
		mvc.perform(get("/open311/v2/requests.json").param("page_size", "1001")).andExpect(status().isBadRequest());
	}

	@Test
	void postingWithoutAKeyOrLocationOrKnownServiceIsRefusedInTheErrorFormat() throws Exception {
		Document xml = xml(mvc.perform(post("/open311/v2/requests.xml").param("service_code", "street-light").param("lat", "59.3")
				.param("long", "18.0")).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsByteArray());
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
		Element error = (Element) xml.getElementsByTagName("error").item(0);
		assertThat(text(error, "code")).isEqualTo("403");
		assertThat(text(error, "description")).contains("api_key");
		assertThat(json(mvc.perform(request("street-light").param("description", "Släckt")).andExpect(status().isBadRequest())
				.andReturn().getResponse().getContentAsString()).get(0).get("description").asString()).contains("location");
		assertThat(json(mvc.perform(request("no-such").param("lat", "59.3").param("long", "18.0")).andExpect(status().isBadRequest())
				.andReturn().getResponse().getContentAsString()).get(0).get("description").asString()).contains("no-such");
		mvc.perform(request("street-light").param("lat", "north").param("long", "18.0")).andExpect(status().isBadRequest());
	}

	@Test
	void aClientOverItsRateIsToldToWait() throws Exception {
		String slow = clients.register("Slow app " + UUID.randomUUID(), "open311@stad.example", 2, "platform-administrator");
		for (int i = 0; i < 2; i++) {
			mvc.perform(get("/open311/v2/services.json").param("api_key", slow)).andExpect(status().isOk());
		}
		JsonNode error = json(mvc.perform(get("/open311/v2/services.json").param("api_key", slow)).andExpect(status().isTooManyRequests())
				.andReturn().getResponse().getContentAsString());
		assertThat(error.get(0).get("code").asInt()).isEqualTo(429);
	}

	@Test
	void aComplaintAboutAServiceIsNeverPublic() throws Exception {
		String id = json(mvc.perform(request("service-complaint").param("address_string", "Medborgarkontoret").param("description", "Bemötandet i receptionen var dåligt"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get(0).get("service_request_id").asString();
		mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id)).andReturn().getResponse()
				.getContentAsString()).isEqualTo("[]");
	}

	@Test
	void aDuplicateIsMergedIntoTheReportThatStaysOnce() throws Exception {
		String kept = json(mvc.perform(request("pothole").param("lat", "59.316").param("long", "18.07").param("description", "Djupt hål"))
				.andReturn().getResponse().getContentAsString()).get(0).get("service_request_id").asString();
		String duplicate = json(mvc.perform(request("pothole").param("lat", "59.3161").param("long", "18.0701").param("description", "Hål i gatan"))
				.andReturn().getResponse().getContentAsString()).get(0).get("service_request_id").asString();
		Party.Staff officer = new Party.Staff("officer-traffic", "Handläggare, Trafikkontoret");
		Actor traffic = new Actor(officer, officer, Actor.Representation.SELF, Set.of(ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic")),
				LevelOfAssurance.LOA3);
		reports.merge(duplicate, kept, traffic);
		ReportView merged = reports.find(duplicate).orElseThrow();
		assertThat(merged.mergedInto()).contains(kept);
		assertThat(merged.status()).isEqualTo(ReportView.Status.CLOSED);
		assertThat(merged.statusNotes().orElseThrow()).contains("Din anmälan gäller samma sak som anmälan " + kept,
				"Your report is the same as report " + kept, "/feedback/reports/" + kept);
		Case closed = cases.find(CaseNumber.parse(duplicate).orElseThrow()).orElseThrow();
		assertThat(closed.status()).as("the duplicate's case is closed too").isEqualTo(CaseStatus.CLOSED);
		assertThat(handling.timelineForApplicant(closed)).anySatisfy(entry -> assertThat(entry.text()).hasValueSatisfying(
				text -> assertThat(text).contains("Your report is the same as report " + kept)));
		assertThat(cases.find(CaseNumber.parse(kept).orElseThrow()).orElseThrow().status().isOpen()).isTrue();
		assertThat(reports.find(kept).orElseThrow().supporters()).isEqualTo(1);
		assertThat(json(mvc.perform(get("/open311/v2/requests/" + duplicate + ".json")).andReturn().getResponse().getContentAsString())
				.get(0).get("status").asString()).isEqualTo("closed");
		assertThatThrownBy(() -> reports.merge(duplicate, kept, traffic)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("already merged");
		assertThatThrownBy(() -> reports.merge(kept, duplicate, traffic)).isInstanceOf(IllegalStateException.class);
	}

	private MockHttpServletRequestBuilder request(String service) {
		return post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key)
				.param("service_code", service);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("no " + field + " " + value + " in " + array);
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	private static Document xml(byte[] body) throws Exception {
		assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static String text(Element parent, String tag) {
		return parent.getElementsByTagName(tag).item(0).getTextContent();
	}
}
