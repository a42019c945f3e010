package org.cityhall.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.cases.Receipt;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * A pre-school application goes through cases' one submission flow and makes a queue entry under its
 * case number, with the four-month guarantee date; an art-school application checks the course's ages.
 * Each test applies for a child of its own, numbered in the demo city's birth numbers.
 */
@CityHallWebTest
class PreschoolApplicationTest {

	@Autowired
	Submissions submissions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Queues queues;

	@Autowired
	PreschoolGuarantee guarantee;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Test
	void anApplicationWithoutLoginMakesAnEntryWithItsChoicesInOrderAndTheGuaranteeDate() {
		PersonalIdentityNumber child = child(LocalDate.of(2025, 3, 1));
		LocalDate start = today.plusMonths(7);

		Receipt receipt = apply(child, start, "preschool-hamnen", "preschool-solrosen", "preschool-tallen");

		Entry entry = queues.entry(receipt.number().value()).orElseThrow();
		assertThat(entry.activeChoices()).extracting(Entry.Choice::alternativeId)
				.containsExactly("preschool-hamnen", "preschool-solrosen", "preschool-tallen");
		assertThat(entry.queueDate()).isEqualTo(today);
		assertThat(entry.subject().id()).isEqualTo(child.value());
		assertThat(entry.contactEmail()).contains("guardian@example.org");
		assertThat(entry.guaranteeDate()).contains(start);
	}

	@Test
	void theGuaranteeIsFourMonthsAfterTheApplicationUnlessTheWishedStartIsLater() {
		LocalDate applied = LocalDate.of(2026, 11, 27);

		assertThat(QueueApplications.guaranteeDate(applied, Optional.of(LocalDate.of(2027, 1, 10)))).isEqualTo(LocalDate.of(2027, 3, 27));
		assertThat(QueueApplications.guaranteeDate(applied, Optional.of(LocalDate.of(2027, 8, 1)))).isEqualTo(LocalDate.of(2027, 8, 1));
		assertThat(QueueApplications.guaranteeDate(applied, Optional.empty())).isEqualTo(LocalDate.of(2027, 3, 27));
	}

	@Test
	void anEntryWaitingCloseToItsGuaranteeDateIsFlaggedAndOneWithTimeLeftIsNot() {
		Entry soon = queues.entry(apply(child(LocalDate.of(2025, 2, 1)), today.plusDays(1), "preschool-backen").number().value())
				.orElseThrow();
		Entry later = queues.entry(apply(child(LocalDate.of(2025, 2, 2)), today.plusMonths(8), "preschool-backen").number().value())
				.orElseThrow();

		assertThat(soon.guaranteeDate()).contains(today.plusMonths(4));
		assertThat(guarantee.atRisk(soon, today.plusMonths(4).minusDays(29))).isTrue();
		assertThat(guarantee.atRisk(soon, today.plusMonths(4).minusDays(31))).isFalse();
		assertThat(guarantee.atRisk(later, today)).isFalse();
		assertThat(guarantee.atRisk(later, today.plusMonths(8))).isTrue();
	}

	@Test
	void theSameChildAppliedForTwiceIsRefusedAndToldToChangeTheChoicesInstead() {
		PersonalIdentityNumber child = child(LocalDate.of(2025, 1, 5));
		Receipt first = apply(child, today.plusMonths(5), "preschool-ekorren");

		assertThatThrownBy(() -> apply(child, today.plusMonths(5), "preschool-ekorren", "preschool-lonnen"))
				.isInstanceOfSatisfying(SubmissionRefused.class, refused -> {
					assertThat(refused.messageKey()).isEqualTo("queues.refused.already-waiting");
					assertThat(refused.arguments()).containsExactly(first.number().value());
				});
	}

	@Test
	void anArtSchoolCourseRefusesAStudentOutsideItsAges() {
		EService courses = catalogue.find("art-school-courses").orElseThrow();
		PersonalIdentityNumber sixYearOld = child(today.minusYears(6).minusDays(10));
		Party.Person parent = new Party.Person(PersonalIdentityNumber.parse("198804129826"), "Sara Lindqvist");
		Actor actor = new Actor(parent, new Party.Person(sixYearOld, null), Actor.Representation.GUARDIAN, Set.of(),
				LevelOfAssurance.LOA3);
		Answers answers = new Answers(Map.of("childName", "Test", "childIdentityNumber", sixYearOld, "course", "art-theatre"));

		assertThatThrownBy(() -> submissions.submit(new Submissions.Request(courses, actor, answers, List.of(), EService.Channel.WEB,
				"test:" + UuidCreator.getTimeOrderedEpoch(), Optional.empty(), Optional.empty(), false)))
				.isInstanceOfSatisfying(SubmissionRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.course-age"));
	}

	private Receipt apply(PersonalIdentityNumber child, LocalDate start, String... choices) {
		EService preschool = catalogue.find("preschool-application").orElseThrow();
		Party.Anonymous anonymous = new Party.Anonymous("test-" + UuidCreator.getTimeOrderedEpoch(), null);
		Map<String, Object> values = new HashMap<>(Map.of("childName", "Test Barn", "childIdentityNumber", child,
				"guardianEmail", "guardian@example.org", "desiredStart", start, "sibling", false, "keepHigher", false));
		for (int i = 0; i < choices.length; i++) {
			values.put("choice" + (i + 1), choices[i]);
		}
		return submissions.submit(new Submissions.Request(preschool,
				new Actor(anonymous, anonymous, Actor.Representation.SELF, Set.of(), LevelOfAssurance.EMAIL_CODE), new Answers(values),
				List.of(), EService.Channel.WEB, "test:" + UuidCreator.getTimeOrderedEpoch(), Optional.of("guardian@example.org"),
				Optional.empty(), true));
	}

	/** A child of the demo city's numbering (birth numbers 980 to 999), different in every test run. */
	private static PersonalIdentityNumber child(LocalDate born) {
		return PersonalIdentityNumber.of(born.plusDays(ThreadLocalRandom.current().nextInt(0, 300)),
				ThreadLocalRandom.current().nextInt(980, 1000), false);
	}
}
