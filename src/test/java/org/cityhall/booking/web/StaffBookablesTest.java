package org.cityhall.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.cityhall.booking.Bookable;
import org.cityhall.booking.BookableKind;
import org.cityhall.booking.Resources;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.forms.Option;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Officers make courses and camp weeks bookable in their department's resources, which can then be
 * chosen in the e-service at once; bad input is told at each field with what was typed kept, and another
 * department's resource is refused.
 */
@CityHallWebTest
class StaffBookablesTest {

	private static final RequestPostProcessor SPORTS_OFFICER = SignedInAs.staff("officer-sports",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "sports"));
	private static final RequestPostProcessor SOCIAL_OFFICER = SignedInAs.staff("officer-social",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "social"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Resources resources;

	@Autowired
	Catalogue catalogue;

	@Test
	void aCourseMadeBookableCanBeChosenInItsEServiceAtOnce() throws Exception {
		String code = "SIM-TEST-" + UuidCreator.getTimeOrderedEpoch().toString().substring(24).toUpperCase();
		LocalDate first = LocalDate.now().plusWeeks(5);

		mvc.perform(make("ERIKSDALSBADET", form("eservice", "swimming", "code", code.toLowerCase(), "titleSv", "Simskola 11–13 år",
				"titleEn", "Swimming lessons 11–13 years", "firstDay", first.toString(), "starts", "16.15", "ends", "17:00",
				"repeat", "6", "places", "8", "minAge", "11", "maxAge", "13", "fee", "950")).with(SPORTS_OFFICER))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("made", code));

		Bookable course = resources.bookable(code).orElseThrow();
		assertThat(course.kind()).isEqualTo(BookableKind.COURSE);
		assertThat(resources.sessions(course.id())).hasSize(6);
		assertThat(course.capacity()).isEqualTo(8);
		assertThat(catalogue.find("swimming").orElseThrow().form().orElseThrow().field("bookable").orElseThrow().options())
				.extracting(Option::value).contains(code);
	}

	@Test
	void aCampWeekIsOneSpanOfDays() throws Exception {
		String code = "LAGER-TEST-" + UuidCreator.getTimeOrderedEpoch().toString().substring(24).toUpperCase();
		LocalDate monday = LocalDate.now().plusWeeks(10).with(java.time.DayOfWeek.MONDAY);

		mvc.perform(make("VADDO-LAGERGARD", form("eservice", "holiday-camp", "code", code, "titleSv", "Naturläger",
				"titleEn", "Nature camp", "firstDay", monday.toString(), "starts", "09:00", "ends", "16:00", "repeat", "5", "places", "15"))
				.with(SOCIAL_OFFICER)).andExpect(flash().attribute("made", code));

		Bookable camp = resources.bookable(code).orElseThrow();
		assertThat(camp.kind()).isEqualTo(BookableKind.CAMP);
		assertThat(resources.sessions(camp.id())).singleElement()
				.satisfies(span -> assertThat(span.endsAt()).isEqualTo(monday.plusDays(4).atTime(16, 0)
						.atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant()));
	}

	@Test
	void badInputIsToldAtEachFieldWithWhatWasTypedKept() throws Exception {
		MvcResult refused = mvc.perform(make("ERIKSDALSBADET", form("eservice", "swimming", "code", "sim kurs!", "titleSv", "",
				"titleEn", "Lessons", "firstDay", "2 mars", "starts", "17:00", "ends", "16:00", "places", "noll", "minAge", "12",
				"maxAge", "10")).with(SPORTS_OFFICER)).andReturn();

		assertThat(refused.getFlashMap().get("newErrors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsKeys("code", "titleSv", "firstDay", "ends", "places", "maxAge");
		// As a browser follows the redirect: the same session brings the errors and what was typed back.
		jakarta.servlet.http.Cookie session = refused.getResponse().getCookie("SESSION");
		mvc.perform(get("/staff/bookings/resources/ERIKSDALSBADET").with(SPORTS_OFFICER).cookie(session))
				.andExpect(content().string(allOf(containsString("Skriv en kod med versaler"), containsString("value=\"2 mars\""),
						containsString("value=\"sim kurs!\""), containsString("Den högsta åldern kan inte vara lägre än den lägsta."))));
	}

	@Test
	void anotherDepartmentsResourceIsRefused() throws Exception {
		mvc.perform(make("ERIKSDALSBADET", form("eservice", "swimming")).with(SOCIAL_OFFICER)).andExpect(status().isForbidden());
	}

	private static Map<String, String> form(String... namesAndValues) {
		Map<String, String> form = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	private static MockHttpServletRequestBuilder make(String resource, Map<String, String> form) {
		MockHttpServletRequestBuilder request = post("/staff/bookings/resources/" + resource + "/bookables").with(csrf());
		form.forEach((name, value) -> request.param(name, value));
		return request;
	}

	@Test
	void anOfficerAddsAResourceToTheirDepartmentAndClosesItWithAReasonWhileBadInputIsToldAtEachField() throws Exception {
		String code = "HALL-T" + UuidCreator.getTimeOrderedEpoch().toString().substring(24).toUpperCase();
		MvcResult refused = mvc.perform(post("/staff/bookings/resources").with(SPORTS_OFFICER).with(csrf())
				.param("resourceCode", "hall farsta!").param("department", "social").param("nameSv", "Farsta sporthall")
				.param("nameEn", "").param("opens", "22:00").param("closes", "7").param("resourceKind", "CASTLE"))
				.andExpect(status().is3xxRedirection()).andReturn();
		@SuppressWarnings("unchecked")
		Map<String, String> errors = (Map<String, String>) refused.getFlashMap().get("resourceErrors");
		assertThat(errors).containsOnlyKeys("resourceCode", "department", "nameEn", "closes", "resourceKind");
		mvc.perform(get("/staff/bookings").with(SPORTS_OFFICER).cookie(refused.getResponse().getCookie("SESSION")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("value=\"Farsta sporthall\""),
						containsString("value=\"hall farsta!\""), containsString("Välj en förvaltning du arbetar på"))));
		assertThat(resources.resource("HALL FARSTA!")).isEmpty();

		mvc.perform(post("/staff/bookings/resources").with(SPORTS_OFFICER).with(csrf()).param("resourceCode", code.toLowerCase())
				.param("department", "sports").param("nameSv", "Farsta sporthall").param("nameEn", "Farsta sports hall")
				.param("opens", "7.00").param("closes", "22:00").param("resourceKind", "HALL"))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("made", code));
		Resources.Resource made = resources.resource(code).orElseThrow();
		assertThat(made.department()).isEqualTo("sports");
		assertThat(made.opens()).isEqualTo(java.time.LocalTime.of(7, 0));
		mvc.perform(get("/staff/bookings").with(SPORTS_OFFICER)).andExpect(content().string(containsString("Farsta sporthall")));
		mvc.perform(post("/staff/bookings/resources").with(SPORTS_OFFICER).with(csrf()).param("resourceCode", code)
				.param("department", "sports").param("nameSv", "x").param("nameEn", "x").param("opens", "07:00")
				.param("closes", "22:00").param("resourceKind", "HALL"))
				.andExpect(flash().attribute("resourceErrors", Map.of("resourceCode", "booking.staff.resource.error.code-taken")));

		mvc.perform(post("/staff/bookings/resources/" + code + "/close").with(SOCIAL_OFFICER).with(csrf()).param("reason", "Rivs"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/staff/bookings/resources/" + code + "/close").with(SPORTS_OFFICER).with(csrf()).param("reason", " "))
				.andExpect(flash().attribute("closeError", "booking.staff.reason.required"));
		assertThat(resources.resource(code).orElseThrow().closedAt()).isEmpty();
		mvc.perform(post("/staff/bookings/resources/" + code + "/close").with(SPORTS_OFFICER).with(csrf())
				.param("reason", "Byggs om till simhall")).andExpect(status().is3xxRedirection());
		assertThat(resources.resource(code).orElseThrow().closedAt()).isPresent();
		mvc.perform(get("/staff/bookings/resources/" + code).with(SPORTS_OFFICER)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Stängd"), org.hamcrest.Matchers.not(containsString("id=\"new-bookable\"")))));
	}
}
