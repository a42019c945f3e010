package org.cityhall.queues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.queues.RankingRule.RankKey;
import org.cityhall.shared.Party;

/**
 * Someone waiting in a queue, for themselves or for a child, with their choices.
 *
 * @param reference the case number of the application that made it, or a housing member's number
 * @param queueDate the date the entry ranks by; changing choices never moves it
 * @param priorityGroup lower comes first: see docs/queues.md
 * @param guaranteeDate for pre-school, the day by which the law requires a place to be offered
 * @param keepHigher whether accepting a place keeps the entry waiting for the choices preferred to it
 */
public record Entry(UUID id, String queueId, String reference, Party applicant, Party subject,
		Optional<String> contactEmail, LocalDate queueDate, Instant registeredAt, int priorityGroup,
		Optional<LocalDate> desiredStart, Optional<LocalDate> guaranteeDate, boolean keepHigher,
		Optional<Integer> householdSize, Optional<Boolean> meetsIncome, Status status, List<Choice> choices, int version) {

	public Entry {
		choices = List.copyOf(choices);
	}

	public RankKey rankKey() {
		return new RankKey(id, priorityGroup, queueDate, desiredStart.orElse(null), registeredAt);
	}

	public List<Choice> activeChoices() {
		return choices.stream().filter(choice -> choice.status() == Choice.Status.ACTIVE).toList();
	}

	public Optional<Choice> choice(String alternativeId) {
		return choices.stream().filter(choice -> choice.alternativeId().equals(alternativeId)).findFirst();
	}

	public boolean isWaiting() {
		return status == Status.WAITING;
	}

	/** Where an entry is. */
	public enum Status {
		WAITING, PLACED, WITHDRAWN
	}

	/** One chosen alternative, 1 being the most wanted. */
	public record Choice(String alternativeId, int preference, Status status) {

		/** Whether the choice still waits, led to the place, or was given up. */
		public enum Status {
			ACTIVE, PLACED, REMOVED
		}
	}
}
