package org.cityhall.queues;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityhall.cases.Handling;
import org.cityhall.cases.Submission;
import org.cityhall.cases.SubmissionHandler;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.stereotype.Component;

/**
 * Applications to e-services of kind {@code queue}: each makes an entry in the queue the e-service
 * feeds, in the submission's transaction, under the case's number. The form's fields are read by their
 * ids: {@code childIdentityNumber}, {@code childName}, {@code choice1} to {@code choice5} or {@code course},
 * {@code desiredStart}, {@code sibling}, {@code keepHigher}, {@code householdSize}, {@code meetsIncome}
 * and the first e-mail field (see docs/queues.md).
 */
@Component
class QueueApplications implements SubmissionHandler {

	/** Priority groups: an administrator's exception, a sibling already at the pre-school, everyone else. */
	static final int EXCEPTION_GROUP = 0;
	static final int SIBLING_GROUP = 1;
	static final int GENERAL_GROUP = 2;
	/** Skollagen 8 kap. 14 §: a place within four months of the application. */
	static final int GUARANTEE_MONTHS = 4;
	static final int ADULT_AGE = 18;
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final Queues queues;
	private final QueueEntries entries;
	QueueApplications(Queues queues, QueueEntries entries) {
		this.queues = queues;
		this.entries = entries;
	}

	@Override
	public EService.Kind kind() {
		return EService.Kind.QUEUE;
	}

	@Override
	public Handling accept(Submission submission) {
		Queue queue = queues.queueOf(submission.eservice().id()).orElseThrow(
				() -> new IllegalStateException("no queue is fed by e-service " + submission.eservice().id()));
		Answers answers = submission.answers();
		LocalDate today = submission.at().atZone(SWEDEN).toLocalDate();
		Party applicant = submission.actor().who();
		Optional<String> email = answers.values().values().stream().filter(String.class::isInstance).map(String.class::cast)
				.filter(value -> value.contains("@")).findFirst();
		// A QueueRefused is a SubmissionRefused: cases shows its message and keeps the answers.
		entries.register(switch (queue.id()) {
			case "housing" -> housing(queue, submission, today, applicant, email);
			default -> forAChild(queue, submission, today, applicant, email);
		});
		return new Handling(false, Optional.of(new LocalizedText(
				"Du är nu i kön. Under Mina sidor ser du var du står för varje val.",
				"You are now in the queue. On My pages you see where you stand for each choice.")));
	}

	private QueueEntries.Registration forAChild(Queue queue, Submission submission, LocalDate today, Party applicant,
			Optional<String> email) {
		Answers answers = submission.answers();
		PersonalIdentityNumber child = answers.get("childIdentityNumber").map(PersonalIdentityNumber.class::cast)
				.orElseThrow(() -> new QueueRefused("queues.refused.no-child"));
		String name = answers.get("childName").map(String::valueOf).orElse(null);
		Party subject = new Party.Person(child, name);
		List<String> choices = new ArrayList<>();
		for (String field : List.of("course", "choice1", "choice2", "choice3", "choice4", "choice5")) {
			answers.get(field).map(String::valueOf).filter(choice -> !choice.isBlank()).ifPresent(choices::add);
		}
		for (Entry existing : queues.entriesOf(subject)) {
			if (existing.queueId().equals(queue.id()) && existing.isWaiting()
					&& existing.activeChoices().stream().anyMatch(choice -> choices.contains(choice.alternativeId()))) {
				throw new QueueRefused("queues.refused.already-waiting", existing.reference());
			}
		}
		if (queue.id().equals("art-school")) {
			checkAge(child, choices, today);
		}
		Optional<LocalDate> desiredStart = answers.get("desiredStart").map(LocalDate.class::cast);
		Optional<LocalDate> guarantee = queue.id().equals("preschool")
				? Optional.of(guaranteeDate(today, desiredStart))
				: Optional.empty();
		boolean sibling = answers.get("sibling").map(Boolean.TRUE::equals).orElse(false);
		boolean keepHigher = answers.get("keepHigher").map(Boolean.TRUE::equals).orElse(false);
		return new QueueEntries.Registration(queue.id(), submission.number().value(), applicant, subject, email, today,
				sibling ? SIBLING_GROUP : GENERAL_GROUP, desiredStart, guarantee, choices, keepHigher, Optional.empty(),
				Optional.empty());
	}

	private QueueEntries.Registration housing(Queue queue, Submission submission, LocalDate today, Party applicant,
			Optional<String> email) {
		if (!(applicant instanceof Party.Person person) || person.number().ageOn(today) < ADULT_AGE) {
			throw new QueueRefused("queues.refused.housing-adult", ADULT_AGE);
		}
		if (queues.entriesOf(applicant).stream().anyMatch(entry -> entry.queueId().equals(queue.id()) && entry.isWaiting())) {
			throw new QueueRefused("queues.refused.already-member");
		}
		Answers answers = submission.answers();
		Optional<Integer> household = answers.get("householdSize").map(value -> ((Number) value).intValue());
		Optional<Boolean> income = answers.get("meetsIncome").map(Boolean.TRUE::equals);
		return new QueueEntries.Registration(queue.id(), submission.number().value(), applicant, applicant, email, today,
				GENERAL_GROUP, Optional.empty(), Optional.empty(), List.of(), false, household, income);
	}

	private void checkAge(PersonalIdentityNumber child, List<String> courses, LocalDate today) {
		int age = child.ageOn(today);
		for (String course : courses) {
			Alternative alternative = queues.alternative(course).orElseThrow(() -> new QueueRefused("queues.refused.unknown-choice", course));
			int min = alternative.intFact("minAge", 6);
			int max = alternative.intFact("maxAge", 22);
			if (age < min || age > max) {
				throw new QueueRefused("queues.refused.course-age", alternative.name(), min, max);
			}
		}
	}

	/**
	 * The day by which a pre-school place must be offered: four months after the application, or the
	 * wished start if that is later (skollagen 8 kap. 14 §).
	 */
	static LocalDate guaranteeDate(LocalDate applied, Optional<LocalDate> desiredStart) {
		LocalDate fourMonths = applied.plusMonths(GUARANTEE_MONTHS);
		return desiredStart.filter(start -> start.isAfter(fourMonths)).orElse(fourMonths);
	}
}
