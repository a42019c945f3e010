package org.cityhall.queues;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.f4b6a3.uuid.UuidCreator;

/** The queues' pages: public free places, an entry on a guardian's My pages, answering an offer, the administrators' page. */
@CityHallWebTest
class QueuePagesTest {

	private static final PersonalIdentityNumber PARENT = PersonalIdentityNumber.parse(DemoPersonas.PARENT.id());
	private static final PersonalIdentityNumber CHILD = PersonalIdentityNumber.parse(DemoPersonas.SCHOOL_CHILD.id());

	@Autowired
	MockMvc mvc;

	@Autowired
	QueueEntries entries;

	@Autowired
	MakingOffers offers;

	@Autowired
	Queues queues;

	@Autowired
	JdbcClient jdbc;

	private final Actor administrator = new Actor(new Party.Staff("officer-district-administrations", "Handläggare"),
			new Party.Staff("officer-district-administrations", "Handläggare"), Actor.Representation.STAFF, Set.of(),
			LevelOfAssurance.LOA3);

	@Test
	void freePlacesAndWaitingTimesArePublicInBothLanguages() throws Exception {
		mvc.perform(get("/queues/preschools")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Lediga platser"), containsString("Förskolan Solrosen"))));
		mvc.perform(get("/queues/preschools").param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Free places"), containsString("Typical wait"))));
	}

	@Test
	void anApplicationMadeWithoutLoginShowsOnTheGuardiansMyPagesAndTheOfferIsAnsweredWithADigitalId() throws Exception {
		String alternative = alternative();
		String reference = "T-" + UuidCreator.getTimeOrderedEpoch();
		Party anonymous = new Party.Anonymous(reference, null);
		entries.register(new QueueEntries.Registration("preschool", reference, anonymous, new Party.Person(CHILD, "Noah Lindqvist"),
				Optional.empty(), LocalDate.of(2026, 3, 1), 2, Optional.empty(), Optional.of(LocalDate.of(2026, 7, 1)),
				List.of(alternative), false, Optional.empty(), Optional.empty()));
		RequestPostProcessor parentLowLevel = SignedInAs.resident(PARENT, "Sara Lindqvist", LevelOfAssurance.LOA2);
		RequestPostProcessor parent = SignedInAs.resident(PARENT, "Sara Lindqvist", LevelOfAssurance.LOA3);

		mvc.perform(get("/my-pages").with(parent)).andExpect(content().string(containsString(reference)));
		mvc.perform(get("/my-pages/queues/" + reference).with(parent))
				.andExpect(content().string(allOf(containsString("1 av 1"), containsString("Först i kön."))));

		Offer offer = offers.openPlaces(alternative, 1, LocalDate.of(2027, 8, 1), administrator).get(0);
		mvc.perform(get("/my-pages/queues/" + reference).with(parentLowLevel))
				.andExpect(content().string(allOf(containsString("Du har fått ett erbjudande om plats"),
						containsString("/oauth2/authorization/eid?level=LOA3"), not(containsString("id=\"accept\"")))));
		mvc.perform(post("/my-pages/queues/" + reference + "/accept").with(parentLowLevel).with(csrf())
				.param("offer", offer.id().toString()))
				.andExpect(content().string(containsString("Du behöver logga in med e-legitimation")));

		mvc.perform(post("/my-pages/queues/" + reference + "/accept").with(parent).with(csrf()).param("offer", offer.id().toString()))
				.andExpect(redirectedUrl("/my-pages/queues/" + reference));
		mvc.perform(get("/my-pages/queues/" + reference).with(parent)).andExpect(content().string(containsString("Placerad")));
	}

	@Test
	void anotherFamilysEntryDoesNotExist() throws Exception {
		String reference = "T-" + UuidCreator.getTimeOrderedEpoch();
		Party anonymous = new Party.Anonymous(reference, null);
		entries.register(new QueueEntries.Registration("preschool", reference, anonymous, new Party.Anonymous("c-" + reference, null),
				Optional.empty(), LocalDate.of(2026, 3, 1), 2, Optional.empty(), Optional.empty(), List.of(alternative()), false,
				Optional.empty(), Optional.empty()));

		mvc.perform(get("/my-pages/queues/" + reference).with(SignedInAs.resident(PARENT, "Sara Lindqvist")))
				.andExpect(status().isNotFound());
	}

	@Test
	void theDistrictsOfficersAdministerThePreschoolQueueAndOthersAreRefused() throws Exception {
		RequestPostProcessor officer = SignedInAs.staff("officer-district-administrations",
				ScopedRole.inDepartment("officer", "district-administrations"));

		mvc.perform(get("/staff/queues/preschool").with(officer)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Fyramånadersgarantin")));
		mvc.perform(get("/staff/queues/preschool").with(SignedInAs.staff("officer-social", ScopedRole.inDepartment("officer", "social"))))
				.andExpect(status().isForbidden());
		mvc.perform(post("/staff/queues/preschool/places").with(officer).with(csrf()).param("alternative", "preschool-tallen")
				.param("count", "12").param("from", "1 augusti"))
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("Skriv ett datum som 2027-08-01."),
						containsString("value=\"1 augusti\""), containsString("value=\"12\""))));
		mvc.perform(post("/staff/queues/preschool/exceptions").with(officer).with(csrf()).param("reference", "NO-SUCH")
				.param("group", "0").param("reason", "Skäl"))
				.andExpect(content().string(containsString("Vi hittar inte köplatsen NO-SUCH.")));
	}

	@Test
	void aBatchOfferFillsPlacesFromTheQueueAndLeavesTheRestFree() throws Exception {
		String alternative = alternative();
		for (int i = 0; i < 2; i++) {
			String reference = "T-" + UuidCreator.getTimeOrderedEpoch();
			entries.register(new QueueEntries.Registration("preschool", reference, new Party.Anonymous(reference, null),
					new Party.Anonymous("c-" + reference, null), Optional.empty(), LocalDate.of(2026, 3, 1), 2, Optional.empty(),
					Optional.empty(), List.of(alternative), false, Optional.empty(), Optional.empty()));
		}
		RequestPostProcessor officer = SignedInAs.staff("officer-district-administrations",
				ScopedRole.inDepartment("officer", "district-administrations"));

		mvc.perform(post("/staff/queues/preschool/places").with(officer).with(csrf()).param("alternative", alternative)
				.param("count", "3").param("from", "2027-08-01"))
				.andExpect(redirectedUrl("/staff/queues/preschool"));

		org.assertj.core.api.Assertions.assertThat(offers.offersAt(alternative)).hasSize(2);
		org.assertj.core.api.Assertions.assertThat(offers.freePlaces(alternative)).isEqualTo(1);
	}

	private String alternative() {
		String id = "test-" + UuidCreator.getTimeOrderedEpoch();
		queues.insertAlternative(new Alternative(id, "preschool", "Testförskolan", "Test", Map.of()));
		jdbc.sql("UPDATE queues_alternative SET published = false WHERE id = ?").param(id).update();
		return id;
	}
}
