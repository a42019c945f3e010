package org.cityhall.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.cityhall.cases.Receipt;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A round from application to waiting list against the running application: a guardian applies through
 * the engine, the other confirms, the round is allocated and published, the guardian reads why the first
 * choice went to another child, a head teacher sees the list, and a place given back passes down.
 */
@CityHallWebTest
class SchoolChoiceRoundTest {

	private static final PersonalIdentityNumber SARA = DemoPersonas.PARENT.number().orElseThrow();
	private static final PersonalIdentityNumber JOHAN = DemoPersonas.CO_PARENT.number().orElseThrow();
	private static final PersonalIdentityNumber NOAH = DemoPersonas.SCHOOL_CHILD.number().orElseThrow();
	private static final AtomicInteger NUMBERS = new AtomicInteger(900);

	@Autowired
	MockMvc mvc;

	@Autowired
	Submissions submissions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	PlacementRounds rounds;

	@Autowired
	AllocatingPlaces allocating;

	@Autowired
	PlacementResults results;

	@Autowired
	Applications applications;

	@Autowired
	Clock clock;

	@Test
	void theOtherGuardianConfirmsAndTheGuardiansReadWhyTheFirstChoiceWentToAnotherChild() throws Exception {
		Round round = openRound(Map.of("vasaskolan", Map.of(Grade.YEAR_4, 1), "midsommarkransens-skola",
				Map.of(Grade.YEAR_4, 5)));
		Receipt receipt = apply(Map.of("childName", "Noah Lindqvist", "grade", "4", "choice1", "vasaskolan",
				"choice2", "midsommarkransens-skola"));
		String number = receipt.number().value();
		SchoolApplication noah = applications.byCaseNumber(number).orElseThrow();
		assertThat(noah.roundId()).isEqualTo(round.id());
		assertThat(noah.otherGuardian()).contains(JOHAN.value());
		assertThat(noah.isComplete()).isFalse();

		mvc.perform(get("/my-pages/school-choice/" + number + "?lang=en").with(SignedInAs.resident(SARA, "Sara Lindqvist")))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
						"Incomplete – awaiting the other guardian")));
		mvc.perform(get("/my-pages?lang=en").with(SignedInAs.resident(JOHAN, "Johan Berg")))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(number)));
		mvc.perform(post("/my-pages/school-choice/" + number + "/confirm").with(csrf())
				.with(SignedInAs.resident(JOHAN, "Johan Berg"))).andExpect(status().is3xxRedirection());
		assertThat(applications.byCaseNumber(number).orElseThrow().isComplete()).isTrue();

		// A child living beside Vasaskolan, whose relative proximity there is far larger than Noah's.
		SchoolApplication neighbour = competitor(round, new Position(673_200, 6_582_400), List.of("vasaskolan"));

		AllocatingPlaces.Report report = allocating.allocate(round.id(), "test");
		assertThat(report.applications()).isEqualTo(2);
		mvc.perform(get("/my-pages/school-choice/" + number).with(SignedInAs.resident(SARA, "Sara Lindqvist")))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Under urval")));
		mvc.perform(get("/staff/placement/rounds/" + round.id() + "/schools/vasaskolan")
				.with(SignedInAs.staff("head-vasaskolan", new ScopedRole("head-teacher", "unit:vasaskolan"))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(neighbour.childName())));
		mvc.perform(get("/staff/placement/rounds/" + round.id() + "/schools/vasaskolan")
				.with(SignedInAs.staff("head-farsta", new ScopedRole("head-teacher", "unit:farsta-skola"))))
				.andExpect(status().isForbidden());

		results.publish(round.id());
		String page = mvc.perform(get("/my-pages/school-choice/" + number + "?lang=en")
				.with(SignedInAs.resident(JOHAN, "Johan Berg"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Midsommarkransens skola", "Your choice number 2")
				.containsPattern("Vasaskolan filled all 1 places\\. The last child admitted had relative proximity \\d{4} m; "
						+ "your child&#39;s was 0 m\\.");
		mvc.perform(get("/staff/placement/rounds/" + round.id()).with(SignedInAs.staff("officer-education",
				ScopedRole.inDepartment("officer", "education")))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Hägersten-Liljeholmen")));

		// The neighbour's guardian gives the place back: it passes to Noah, next on Vasaskolan's waiting list.
		results.giveBack(neighbour.caseNumber(), PersonalIdentityNumber.parse(neighbour.applicant()));
		assertThat(results.result(noah.id()).orElseThrow().school()).contains("vasaskolan");
		assertThat(results.result(neighbour.id()).orElseThrow().outcome()).isEqualTo("given-back");
	}

	@Test
	void aChildWhoDoesNotStartTheGradeOrASchoolThatTakesNoOneIsRefusedAndNothingIsKept() {
		openRound(Map.of("vasaskolan", Map.of(Grade.YEAR_4, 3), "farsta-skola", Map.of(Grade.YEAR_7, 3)));
		assertThatThrownBy(() -> apply(Map.of("childName", "Noah Lindqvist", "grade", "7", "choice1", "farsta-skola")))
				.isInstanceOfSatisfying(SubmissionRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("placement.refused.wrong-grade.7"));
		assertThatThrownBy(() -> apply(Map.of("childName", "Noah Lindqvist", "grade", "4", "choice1", "farsta-skola")))
				.isInstanceOfSatisfying(SubmissionRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("placement.refused.not-offered.4"));
	}

	private Round openRound(Map<String, Map<Grade, Integer>> places) {
		Instant now = clock.instant();
		return rounds.open("Test " + UUID.randomUUID(), 2027, now.minusSeconds(1), now.plus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(2)), LocalDate.of(2027, 1, 15), 42, Round.Unconfirmed.INCLUDE, places);
	}

	private Receipt apply(Map<String, Object> answers) {
		EService eservice = catalogue.find("school-application").orElseThrow();
		Actor sara = new Actor(new Party.Person(SARA, "Sara Lindqvist"), new Party.Person(NOAH, "Noah Lindqvist"),
				Actor.Representation.GUARDIAN, Set.of(), LevelOfAssurance.LOA3);
		return submissions.submit(new Submissions.Request(eservice, sara, new Answers(answers), List.of(),
				EService.Channel.WEB, UUID.randomUUID().toString(), Optional.empty(), Optional.empty(), false));
	}

	private SchoolApplication competitor(Round round, Position home, List<String> choices) {
		PersonalIdentityNumber child = PersonalIdentityNumber.of(LocalDate.of(2017, 6, 1), NUMBERS.getAndIncrement(), false);
		PersonalIdentityNumber guardian = PersonalIdentityNumber.of(LocalDate.of(1985, 6, 1), NUMBERS.getAndIncrement(), false);
		return applications.save(new SchoolApplication(UUID.randomUUID(), round.id(), "SKV-TEST-" + UUID.randomUUID(),
				child.value(), "Barn " + child.masked(), Grade.YEAR_4, choices, guardian.value(), Optional.empty(),
				Optional.empty(), clock.instant(), "household-" + child.value(), List.of(), "Norrmalm", home));
	}
}
