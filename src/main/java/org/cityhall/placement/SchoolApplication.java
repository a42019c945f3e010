package org.cityhall.placement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Position;

/**
 * A child's application in a round: the grade, up to five schools in order, the guardian who applied and
 * the other guardian who must confirm, and the home (the registered address on the round's reference
 * date) distances are measured from, with the other children registered there.
 */
public record SchoolApplication(UUID id, UUID roundId, String caseNumber, String child, String childName, Grade grade,
		List<String> choices, String applicant, Optional<String> otherGuardian, Optional<Instant> confirmedAt,
		Instant submittedAt, String household, List<String> siblings, String district, Position home) {

	public static final int MAX_CHOICES = 5;

	public SchoolApplication {
		choices = List.copyOf(choices);
		siblings = List.copyOf(siblings);
		if (choices.isEmpty() || choices.size() > MAX_CHOICES) {
			throw new IllegalArgumentException("an application ranks one to five schools");
		}
	}

	/** Complete when no second guardian is needed or they confirmed. */
	public boolean isComplete() {
		return otherGuardian.isEmpty() || confirmedAt.isPresent();
	}

	public boolean isGuardian(String number) {
		return applicant.equals(number) || otherGuardian.filter(number::equals).isPresent();
	}
}
