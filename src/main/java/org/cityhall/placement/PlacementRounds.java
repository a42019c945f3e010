package org.cityhall.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/** The administrators' entry point: open a round with its places, find rounds. */
@Service
public class PlacementRounds {

	private final Rounds rounds;
	private final Clock clock;

	PlacementRounds(Rounds rounds, Clock clock) {
		this.rounds = rounds;
		this.clock = clock;
	}

	/**
	 * Opens a round.
	 *
	 * @param places the places per school and grade: {@code places.get(schoolCode).get(grade)}
	 */
	@Transactional
	public Round open(String name, int schoolYear, Instant opensAt, Instant closesAt, Instant publishesAt,
			LocalDate referenceDate, long seed, Round.Unconfirmed unconfirmed, Map<String, Map<Grade, Integer>> places) {
		Round round = new Round(UuidCreator.getTimeOrderedEpoch(), name, schoolYear, opensAt, closesAt, publishesAt,
				referenceDate, seed, unconfirmed, Round.Status.OPEN, Optional.empty(), Optional.empty());
		Map<String, Integer> programmes = new java.util.HashMap<>();
		places.forEach((school, grades) -> grades.forEach((grade, count) -> programmes.put(
				Allocation.programme(school, grade), count)));
		rounds.insert(round, programmes);
		return round;
	}

	public Optional<Round> find(UUID id) {
		return rounds.find(id);
	}

	public Optional<Round> takingApplications() {
		return rounds.takingApplications(clock.instant());
	}

	public List<Round> latest() {
		return rounds.latest(20);
	}
}
