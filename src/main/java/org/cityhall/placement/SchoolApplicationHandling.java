package org.cityhall.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.cases.Handling;
import org.cityhall.cases.Submission;
import org.cityhall.cases.SubmissionHandler;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.catalogue.EService;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Takes school choice applications from the engine: a guardian acting for a child of the right age, in the
 * round taking applications, ranking one to five schools that take the grade this round. Anything else is
 * refused with a message on the check page and nothing is kept. With two guardians, the other is asked to
 * confirm.
 */
@Component
class SchoolApplicationHandling implements SubmissionHandler {

	static final String GRADE = "grade";
	static final String CHOICE = "choice";

	private final Rounds rounds;
	private final Schools schools;
	private final Applications applications;
	private final PopulationRegister population;
	private final ApplicationEventPublisher events;

	SchoolApplicationHandling(Rounds rounds, Schools schools, Applications applications, PopulationRegister population,
			ApplicationEventPublisher events) {
		this.rounds = rounds;
		this.schools = schools;
		this.applications = applications;
		this.population = population;
		this.events = events;
	}

	@Override
	public EService.Kind kind() {
		return EService.Kind.PLACEMENT;
	}

	@Override
	public Handling accept(Submission submission) {
		Actor actor = submission.actor();
		if (actor.representation() != Actor.Representation.GUARDIAN || !(actor.forWhom() instanceof Party.Person child)
				|| !(actor.who() instanceof Party.Person guardian)) {
			throw new SubmissionRefused("placement.refused.not-for-a-child");
		}
		Round round = rounds.takingApplications(submission.at())
				.orElseThrow(() -> new SubmissionRefused("placement.refused.no-round"));
		Person registered = population.find(child.number())
				.orElseThrow(() -> new SubmissionRefused("placement.refused.not-registered"));
		Grade grade = submission.answers().get(GRADE).map(String::valueOf).flatMap(Grade::ofCode)
				.orElseThrow(() -> new SubmissionRefused("placement.refused.no-grade"));
		if (!grade.startsFor(registered.dateOfBirth().getYear(), round.schoolYear())) {
			throw new SubmissionRefused("placement.refused.wrong-grade." + grade.code(), round.schoolYear());
		}
		List<String> choices = choices(submission, round, grade);
		Optional<Person> other = population.guardiansOf(child.number()).stream()
				.filter(person -> !person.number().equals(guardian.number())).findFirst();
		SchoolApplication saved = applications.save(application(submission, round, registered, grade, choices,
				guardian.number().value(), other.map(person -> person.number().value())));
		other.ifPresent(person -> events.publishEvent(new ConfirmationRequested(UUID.randomUUID(), saved.caseNumber(),
				child.number(), registered.fullName(), person.number(), submission.at())));
		return new Handling(false, Optional.of(other.isPresent()
				? new LocalizedText("Den andra vårdnadshavaren behöver godkänna ansökan på Mina sidor. Besked om skolplacering kommer när resultatet publiceras.",
						"The other guardian needs to confirm the application on My pages. You will hear about the school placement when the results are published.")
				: new LocalizedText("Besked om skolplacering kommer när resultatet publiceras.",
						"You will hear about the school placement when the results are published.")));
	}

	private SchoolApplication application(Submission submission, Round round, Person child, Grade grade,
			List<String> choices, String guardian, Optional<String> otherGuardian) {
		return new SchoolApplication(UuidCreator.getTimeOrderedEpoch(), round.id(), submission.number().value(),
				child.number().value(), child.fullName(), grade, choices, guardian, otherGuardian, Optional.empty(),
				submission.at(), child.householdId(), siblings(child, submission), child.district(), child.position());
	}

	/** The other children registered at the child's address: where they go to school gives sibling priority. */
	private List<String> siblings(Person child, Submission submission) {
		java.time.LocalDate today = submission.at().atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate();
		return population.household(child.number()).stream()
				.filter(person -> !person.number().equals(child.number()) && person.isChildOn(today))
				.map(person -> person.number().value()).toList();
	}

	private List<String> choices(Submission submission, Round round, Grade grade) {
		Map<String, Integer> places = rounds.places(round.id());
		List<String> choices = new ArrayList<>();
		for (int n = 1; n <= SchoolApplication.MAX_CHOICES; n++) {
			Optional<String> school = submission.answers().get(CHOICE + n).map(String::valueOf).filter(s -> !s.isBlank());
			if (school.isEmpty()) {
				continue;
			}
			String code = school.get();
			String name = schools.find(code).map(School::name).orElse(code);
			if (choices.contains(code)) {
				throw new SubmissionRefused("placement.refused.twice", name);
			}
			if (places.getOrDefault(Allocation.programme(code, grade), 0) <= 0) {
				throw new SubmissionRefused("placement.refused.not-offered." + grade.code(), name);
			}
			choices.add(code);
		}
		if (choices.isEmpty()) {
			throw new SubmissionRefused("placement.refused.no-choice");
		}
		return choices;
	}
}
