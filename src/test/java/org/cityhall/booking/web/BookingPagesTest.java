package org.cityhall.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.cityhall.booking.Bookable;
import org.cityhall.booking.BookableKind;
import org.cityhall.booking.BookingOutcome;
import org.cityhall.booking.BookingRequest;
import org.cityhall.booking.BookingTime;
import org.cityhall.booking.Bookings;
import org.cityhall.booking.ResourceKind;
import org.cityhall.booking.Resources;
import org.cityhall.identity.StaffRoles;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CityHallWebTest
class BookingPagesTest {

	private static final Party.Person SARA = new Party.Person(DemoPersonas.PARENT.number().orElseThrow(), "Sara Lindqvist");
	private static final RequestPostProcessor AS_SARA = SignedInAs.resident(SARA.number(), "Sara Lindqvist");
	private static final RequestPostProcessor AS_JOHAN = SignedInAs.resident(DemoPersonas.CO_PARENT.number().orElseThrow(),
			"Johan Berg");
	private static final RequestPostProcessor SPORTS_OFFICER = SignedInAs.staff("officer-sports",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "sports"));
	private static final RequestPostProcessor SOCIAL_OFFICER = SignedInAs.staff("officer-social",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "social"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Resources resources;

	@Autowired
	Bookings bookings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResidentSeesTheirBookingOnMyPagesDownloadsItsCalendarFileAndCancelsItWhileNoOneElseCanSeeIt() throws Exception {
		Bookable course = course();
		String reference = "BT-" + UUID.randomUUID();
		assertThat(bookings.book(new BookingRequest(course.code(), reference, SARA, SARA, false, java.util.Map.of(), false)))
				.isInstanceOf(BookingOutcome.Booked.class);

		String myPages = mvc.perform(get("/my-pages").with(AS_SARA)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(myPages).contains("/my-pages/bookings/" + reference, "Simskola provlektion");
		String page = mvc.perform(get("/my-pages/bookings/" + reference).with(AS_SARA)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("Bokad", "450,00", "Avboka");
		String ics = mvc.perform(get("/my-pages/bookings/" + reference + "/calendar.ics").with(AS_SARA))
				.andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/calendar")).andReturn()
				.getResponse().getContentAsString();
		assertThat(ics).contains("BEGIN:VEVENT", "DTSTART;TZID=Europe/Stockholm:", "SUMMARY:Simskola provlektion");
		mvc.perform(get("/my-pages/bookings/" + reference).with(AS_JOHAN)).andExpect(status().isNotFound());
		mvc.perform(post("/my-pages/bookings/" + reference + "/cancel").with(AS_JOHAN).with(csrf()))
				.andExpect(status().isNotFound());

		mvc.perform(post("/my-pages/bookings/" + reference + "/cancel").with(AS_SARA).with(csrf()))
				.andExpect(status().is3xxRedirection());

		assertThat(bookings.find(reference).orElseThrow().status().code()).isEqualTo("cancelled");
	}

	@Test
	void thePrivateFeedOpensWithoutSignInAndANewAddressEndsTheOldOne() throws Exception {
		Bookable course = course();
		String reference = "BT-" + UUID.randomUUID();
		Party.Person karin = new Party.Person(DemoPersonas.CAR_OWNER.number().orElseThrow(), "Karin Ek");
		bookings.book(new BookingRequest(course.code(), reference, karin, karin, false, java.util.Map.of(), false));
		RequestPostProcessor asKarin = SignedInAs.resident(karin.number(), "Karin Ek");

		String first = feedUrl(mvc.perform(post("/my-pages/bookings/feed").with(asKarin).with(csrf())).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
		assertThat(mvc.perform(get(first)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
				.contains("DESCRIPTION:" + reference);
		String second = feedUrl(mvc.perform(post("/my-pages/bookings/feed").with(asKarin).with(csrf())).andReturn().getResponse()
				.getContentAsString());

		mvc.perform(get(first)).andExpect(status().isNotFound());
		mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void anOfficerChecksPeopleInAndCancelsOutsideTheRulesOnlyWithAReasonWhileAnotherDepartmentIsRefused() throws Exception {
		Bookable course = course();
		String reference = "BT-" + UUID.randomUUID();
		bookings.book(new BookingRequest(course.code(), reference, SARA, SARA, false, java.util.Map.of(), false));
		String page = "/staff/bookings/bookables/" + course.code();

		assertThat(mvc.perform(get(page).with(SPORTS_OFFICER)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString()).contains("Sara Lindqvist", reference);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE subject_id = :id AND what = :what")
				.param("id", SARA.id()).param("what", "booking-check-in:" + course.code()).query(Integer.class).single()).isPositive();
		mvc.perform(get(page).with(SOCIAL_OFFICER)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/bookings/resources/" + course.resourceCode()).with(SPORTS_OFFICER)).andExpect(status().isOk());

		mvc.perform(post(page + "/check-in").param("reference", reference).with(SPORTS_OFFICER).with(csrf()));
		assertThat(bookings.find(reference).orElseThrow().checkedInAt()).isPresent();
		mvc.perform(post(page + "/cancel").param("reference", reference).param("reason", " ").with(SPORTS_OFFICER).with(csrf()));
		assertThat(bookings.find(reference).orElseThrow().status().holdsPlace()).isTrue();
		mvc.perform(post(page + "/cancel").param("reference", reference).param("reason", "Sjuk, läkarintyg visat")
				.with(SPORTS_OFFICER).with(csrf()));

		assertThat(bookings.find(reference).orElseThrow().status().holdsPlace()).isFalse();
		assertThat(mvc.perform(get(page).with(SPORTS_OFFICER)).andReturn().getResponse().getContentAsString())
				.contains("Sjuk, läkarintyg visat");
	}

	private Bookable course() {
		String code = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
		resources.createResource(code, ResourceKind.POOL, "sports", new LocalizedText("Webbadet", "Web pool"), LocalTime.of(6, 0),
				LocalTime.of(22, 0));
		var start = LocalDate.now(BookingTime.ZONE).plusDays(20).atTime(17, 0).atZone(BookingTime.ZONE).toInstant();
		return resources.createBookable(new Resources.NewBookable(code + "-K", code, "swimming", BookableKind.COURSE,
				new LocalizedText("Simskola provlektion", "Trial swimming lesson"), start, start.plusSeconds(2700), 5,
				OptionalInt.empty(), OptionalInt.empty(), Optional.of(Money.sek("450")), BigDecimal.ZERO, 48, List.of()));
	}

	private static String feedUrl(String page) {
		int start = page.indexOf("/calendar/");
		return page.substring(start, page.indexOf(".ics", start) + 4);
	}
}
