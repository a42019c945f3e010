package org.cityhall.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The education office sets up a school choice round on the staff pages, gives it places and changes it while it
 * is open; every bad answer is told at its field in both languages with what was typed kept; a round already
 * allocated says why it cannot change; after publication places never go below the children holding them and
 * places added pass down the waiting list; another department's officer gets 403. Rounds here lie in years no
 * other test uses, so they never take the applications other tests make.
 */
@CityHallWebTest
class StaffRoundPagesTest {

	private static final RequestPostProcessor OFFICER = SignedInAs.staff("staff-officer-education",
			ScopedRole.inDepartment("officer", "education"));
	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
	private static final AtomicInteger CHILDREN = new AtomicInteger(700);

	@Autowired
	MockMvc mvc;

	@Autowired
	PlacementRounds rounds;

	@Autowired
	Rounds stored;

	@Autowired
	AllocatingPlaces allocating;

	@Autowired
	PlacementResults results;

	@Autowired
	Applications applications;

	@Autowired
	ArchiveRecords records;

	@Test
	void anOfficerSetsUpARoundGivesItPlacesAndChangesItWhileItIsOpen() throws Exception {
		String name = "Skolval 2032 " + UUID.randomUUID().toString().substring(0, 8);
		String location = mvc.perform(round(post("/staff/placement/rounds"), name, "2032", List.of("4", "7"), "10 1 2032",
				"10 2 2032", "1 4 2032", "15 1 2032", "", "exclude")).andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/staff/placement/rounds/[0-9a-f-]{36}/places");
		UUID id = UUID.fromString(location.split("/")[4]);
		Round round = rounds.find(id).orElseThrow();
		assertThat(round.name()).isEqualTo(name);
		assertThat(round.grades()).containsExactly(Grade.YEAR_4, Grade.YEAR_7);
		assertThat(round.opensAt()).isEqualTo(LocalDateTime.of(2032, 1, 10, 0, 0).atZone(STOCKHOLM).toInstant());
		assertThat(round.closesAt()).isEqualTo(LocalDateTime.of(2032, 2, 11, 0, 0).atZone(STOCKHOLM).toInstant());
		assertThat(round.publishesAt()).isEqualTo(LocalDateTime.of(2032, 4, 1, 0, 0).atZone(STOCKHOLM).toInstant());
		assertThat(round.referenceDate()).isEqualTo(LocalDate.of(2032, 1, 15));
		assertThat(round.unconfirmed()).isEqualTo(Round.Unconfirmed.EXCLUDE);
		String drawn = Long.toString(round.seed());

		// The grid offers only the round's grades; the seed drawn is shown with the round.
		String grid = page(get(location + "?lang=en"));
		assertThat(grid).contains("id=\"places-vasaskolan-4\"", "id=\"places-farsta-skola-7\"")
				.doesNotContain("places-vasaskolan-f");
		mvc.perform(post(location).with(OFFICER).with(csrf()).param("places-vasaskolan-4", "20")
				.param("places-farsta-skola-7", " 30 ").param("places-kista-skola-4", ""))
				.andExpect(status().is3xxRedirection());
		assertThat(rounds.places(id)).containsExactlyInAnyOrderEntriesOf(Map.of("vasaskolan/4", 20, "farsta-skola/7", 30));
		assertThat(page(get("/staff/placement/rounds/" + id + "?lang=en"))).contains("Lottery seed: " + drawn);

		// Guardians applying during the window apply to this round.
		Optional<Round> taking = stored.takingApplications(LocalDateTime.of(2032, 2, 10, 23, 0).atZone(STOCKHOLM).toInstant());
		assertThat(taking.map(Round::id)).contains(id);

		// While open, the round changes: year 4 goes, and its places with it; the seed typed is kept.
		mvc.perform(round(post("/staff/placement/rounds/" + id), name + " ändrad", "2032", List.of("7"), "11 1 2032",
				"12 2 2032", "2 4 2032", "16 1 2032", "123456789", "include")).andExpect(status().is3xxRedirection());
		Round changed = rounds.find(id).orElseThrow();
		assertThat(changed.grades()).containsExactly(Grade.YEAR_7);
		assertThat(changed.seed()).isEqualTo(123_456_789L);
		assertThat(changed.unconfirmed()).isEqualTo(Round.Unconfirmed.INCLUDE);
		assertThat(rounds.places(id)).containsExactlyEntriesOf(Map.of("farsta-skola/7", 30));
		String form = page(get("/staff/placement/rounds/" + id + "/edit"));
		assertThat(form).contains("value=\"" + name + " ändrad\"", "value=\"12\"", "value=\"123456789\"");

		List<ArchivedRecord> filed = Awaitility.await().atMost(Duration.ofSeconds(60))
				.until(() -> records.ofMatter("placement-round:" + id), found -> found.size() == 3);
		assertThat(filed).extracting(ArchivedRecord::recordType)
				.containsExactlyInAnyOrder("placement.round-set-up", "placement.round-places", "placement.round-terms");
		assertThat(filed).allSatisfy(record -> assertThat(record.department()).contains("education"));
	}

	@Test
	void everyMissingOrImpossibleAnswerIsToldAtItsFieldInBothLanguagesWithWhatWasTypedKept() throws Exception {
		String empty = page(round(post("/staff/placement/rounds"), "", "20x2", List.of(), "", "31 2 2032", "", "1 13 2032", "", "")
				.param("lang", "en"));
		assertThat(empty).contains("Error: Set up a school choice round", "There is a problem",
				"Enter the name of the round, at most 100 characters",
				"Enter the year the school year starts as four digits, for example 2028", "Select at least one grade",
				"Enter the first day of applications as a real date", "Enter the last day of applications as a real date",
				"Enter the day the results are published as a real date", "Enter the reference date as a real date",
				"Select what happens to applications only one guardian has made", "value=\"20x2\"", "value=\"31\"");

		String order = page(round(post("/staff/placement/rounds"), "Skolval ordning", "2032", List.of("f"), "10 2 2032",
				"9 2 2032", "9 2 2032", "15 1 2032", "12a", "include").param("lang", "en"));
		assertThat(order).contains("The last day of applications must be on or after the first day, 2032-02-10",
				"The results must be published after applications close on 2032-02-09",
				"Enter the lottery seed as a whole number of at most 15 digits", "value=\"12a\"", "value=\"Skolval ordning\"");

		String dates = page(round(post("/staff/placement/rounds"), "Skolval datum", "2032", List.of("f"), "10 1 2032",
				"10 2 2032", "1 8 2032", "11 2 2032", "", "include").param("lang", "en"));
		assertThat(dates).contains("The results must be published before the school year starts on 1 August 2032",
				"The reference date must be on or before the last day of applications, 2032-02-10");
		String early = page(round(post("/staff/placement/rounds"), "Skolval tidigt", "2032", List.of("f"), "10 1 2032",
				"10 2 2032", "1 4 2032", "9 1 2031", "", "include").param("lang", "sv"));
		assertThat(early).contains("Fel: Lägg upp en skolvalsomgång",
				"Referensdatumet får vara högst ett år innan ansökan öppnar: den 2031-01-10 eller senare");
		String swedish = page(round(post("/staff/placement/rounds"), "", "2032", List.of(), "10 2 2032", "9 2 2032", "9 2 2032",
				"15 1 2032", "", "").param("lang", "sv"));
		assertThat(swedish).contains("Skriv omgångens namn, högst 100 tecken", "Välj minst en årskurs",
				"Sista ansökningsdagen måste vara samma dag som eller efter den första, 2032-02-10",
				"Beskeden måste publiceras efter att ansökan stängt den 2032-02-09",
				"Välj vad som händer med ansökningar som bara en vårdnadshavare gjort");
		assertThat(rounds.latest()).extracting(Round::name).doesNotContain("Skolval ordning", "Skolval datum", "Skolval tidigt");
	}

	@Test
	void anAllocatedRoundSaysWhyItsTermsAndPlacesCannotChange() throws Exception {
		Round round = openIn(2033, Map.of("vasaskolan", Map.of(Grade.YEAR_4, 3)));
		allocating.allocate(round.id(), "test");
		assertThat(page(get("/staff/placement/rounds/" + round.id() + "/edit?lang=en")))
				.contains("Its grades, application period and dates can no longer be changed: the places were allocated from them")
				.doesNotContain("id=\"save-round\"");
		String refused = page(round(post("/staff/placement/rounds/" + round.id()), "Ändrad", "2033", List.of("4"), "10 1 2033",
				"10 2 2033", "1 4 2033", "15 1 2033", "", "include").param("lang", "sv"));
		assertThat(refused).contains("Dess årskurser, ansökningsperiod och datum kan inte längre ändras");
		assertThat(rounds.find(round.id()).orElseThrow().name()).isEqualTo(round.name());

		assertThat(page(get("/staff/placement/rounds/" + round.id() + "/places?lang=en")))
				.contains("The places cannot change until the results are published").doesNotContain("id=\"save-places\"");
		String places = page(post("/staff/placement/rounds/" + round.id() + "/places").param("places-vasaskolan-4", "9")
				.param("lang", "en"));
		assertThat(places).contains("The places cannot change until the results are published");
		assertThat(rounds.places(round.id())).containsExactlyEntriesOf(Map.of("vasaskolan/4", 3));
	}

	@Test
	void afterPublicationPlacesNeverGoBelowThoseHeldAndPlacesAddedPassDownTheWaitingList() throws Exception {
		Round round = openIn(2034, Map.of("vasaskolan", Map.of(Grade.YEAR_4, 1), "farsta-skola", Map.of(Grade.YEAR_4, 2)));
		SchoolApplication first = applicant(round);
		SchoolApplication second = applicant(round);
		allocating.allocate(round.id(), "test");
		results.publish(round.id());
		SchoolApplication waiting = results.result(first.id()).orElseThrow().school().filter("vasaskolan"::equals).isPresent()
				? second : first;
		assertThat(results.result(waiting.id()).orElseThrow().school()).contains("farsta-skola");

		String below = page(post("/staff/placement/rounds/" + round.id() + "/places").param("places-vasaskolan-4", "0")
				.param("places-farsta-skola-4", "x").param("lang", "en"));
		assertThat(below).contains("Vasaskolan, Year 4: 1 of its places are already taken. Enter at least 1",
				"Enter the places at Farsta skola, Year 4, as a whole number from 0 to 9999", "value=\"x\"");
		assertThat(rounds.places(round.id())).containsEntry("vasaskolan/4", 1);

		mvc.perform(post("/staff/placement/rounds/" + round.id() + "/places").with(OFFICER).with(csrf())
				.param("places-vasaskolan-4", "2").param("places-farsta-skola-4", "2")).andExpect(status().is3xxRedirection());
		assertThat(results.result(waiting.id()).orElseThrow().school()).contains("vasaskolan");
		assertThat(results.result(waiting.id()).orElseThrow().choice()).contains(1);
	}

	@Test
	void aGradeGuardiansHaveAppliedToStaysAndASchoolTheyChoseKeepsItsPlaceInTheRoundWithNone() throws Exception {
		Round round = openIn(2037, Map.of("vasaskolan", Map.of(Grade.YEAR_4, 2), "farsta-skola", Map.of(Grade.YEAR_4, 2)));
		SchoolApplication child = applicant(round);
		String kept = page(round(post("/staff/placement/rounds/" + round.id()), round.name(), "2037", List.of("7"), "10 1 2037",
				"10 2 2037", "1 4 2037", "15 1 2037", "5", "include").param("lang", "en"));
		assertThat(kept).contains("Guardians have already applied to Year 4 in this round (1 applications). Keep it selected");
		assertThat(rounds.find(round.id()).orElseThrow().grades()).containsExactlyInAnyOrder(Grade.values());

		mvc.perform(post("/staff/placement/rounds/" + round.id() + "/places").with(OFFICER).with(csrf())
				.param("places-vasaskolan-4", "0").param("places-farsta-skola-4", "")).andExpect(status().is3xxRedirection());
		assertThat(rounds.places(round.id())).containsExactlyInAnyOrderEntriesOf(Map.of("vasaskolan/4", 0, "farsta-skola/4", 0));
		allocating.allocate(round.id(), "test");
		assertThat(results.result(child.id()).orElseThrow().outcome()).isEqualTo("unplaced");
	}

	@Test
	void anotherDepartmentsOfficerOrAHeadTeacherCannotSetUpOrChangeRounds() throws Exception {
		Round round = openIn(2035, Map.of("vasaskolan", Map.of(Grade.YEAR_7, 3)));
		for (RequestPostProcessor other : List.of(
				SignedInAs.staff("staff-officer-sports", ScopedRole.inDepartment("officer", "sports")),
				SignedInAs.staff("head-vasaskolan", new ScopedRole("head-teacher", "unit:vasaskolan")))) {
			mvc.perform(get("/staff/placement/rounds/new").with(other)).andExpect(status().isForbidden());
			mvc.perform(round(post("/staff/placement/rounds"), "Obehörig", "2035", List.of("7"), "10 1 2035", "10 2 2035",
					"1 4 2035", "15 1 2035", "", "include").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/staff/placement/rounds/" + round.id() + "/edit").with(other)).andExpect(status().isForbidden());
			mvc.perform(round(post("/staff/placement/rounds/" + round.id()), "Obehörig", "2035", List.of("7"), "10 1 2035",
					"10 2 2035", "1 4 2035", "15 1 2035", "", "include").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/staff/placement/rounds/" + round.id() + "/places").with(other)).andExpect(status().isForbidden());
			mvc.perform(post("/staff/placement/rounds/" + round.id() + "/places").with(other).with(csrf())
					.param("places-vasaskolan-7", "99")).andExpect(status().isForbidden());
		}
		assertThat(rounds.find(round.id()).orElseThrow().name()).isEqualTo(round.name());
		assertThat(rounds.places(round.id())).containsExactlyEntriesOf(Map.of("vasaskolan/7", 3));
	}

	/** A round as the form posts it; dates as "day month year". The officer and CSRF are added by {@link #page}. */
	private static MockHttpServletRequestBuilder round(MockHttpServletRequestBuilder request, String name, String schoolYear,
			List<String> grades, String opens, String closes, String publishes, String reference, String seed,
			String unconfirmed) {
		request.param("name", name).param("schoolYear", schoolYear).param("seed", seed).param("unconfirmed", unconfirmed);
		grades.forEach(grade -> request.param("grades", grade));
		Map.of("opens", opens, "closes", closes, "publishes", publishes, "reference", reference).forEach((field, date) -> {
			String[] parts = (date + "  ").split(" ", -1);
			request.param(field + "Day", parts[0]).param(field + "Month", parts[1]).param(field + "Year", parts[2]);
		});
		return request.with(OFFICER).with(csrf());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(OFFICER).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}

	/** A round whose window lies in a year of its own, so no other test's application lands in it. */
	private Round openIn(int year, Map<String, Map<Grade, Integer>> places) {
		return rounds.open("Skolval " + year + " " + UUID.randomUUID().toString().substring(0, 8), year,
				LocalDate.of(year, 1, 10).atStartOfDay(STOCKHOLM).toInstant(),
				LocalDate.of(year, 2, 11).atStartOfDay(STOCKHOLM).toInstant(),
				LocalDate.of(year, 4, 1).atStartOfDay(STOCKHOLM).toInstant(), LocalDate.of(year, 1, 15), 5,
				Round.Unconfirmed.INCLUDE, places);
	}

	/** A year 4 child at the same spot as every other here, Vasaskolan first and Farsta skola second. */
	private SchoolApplication applicant(Round round) {
		int n = CHILDREN.getAndIncrement();
		PersonalIdentityNumber child = PersonalIdentityNumber.of(LocalDate.of(round.schoolYear() - 10, 3, 1), n, false);
		PersonalIdentityNumber guardian = PersonalIdentityNumber.of(LocalDate.of(1980, 3, 1), n, false);
		return applications.save(new SchoolApplication(UUID.randomUUID(), round.id(), "SKV-STAFF-" + UUID.randomUUID(),
				child.value(), "Barn " + n, Grade.YEAR_4, List.of("vasaskolan", "farsta-skola"), guardian.value(),
				Optional.empty(), Optional.empty(), round.opensAt(), "household-staff-" + n, List.of(), "Norrmalm",
				new Position(672_000, 6_580_000)));
	}

}
