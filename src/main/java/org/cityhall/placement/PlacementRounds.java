package org.cityhall.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The administrators' entry point: set up a round and change it while it is open, set its places per
 * school and grade, find rounds. Every change an officer makes is filed ({@link RoundChanged}).
 */
@Service
public class PlacementRounds {

	private final Rounds rounds;
	private final Schools schools;
	private final PlacementResults results;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PlacementRounds(Rounds rounds, Schools schools, PlacementResults results, ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.schools = schools;
		this.results = results;
		this.events = events;
		this.clock = clock;
	}

	/** What an officer decides for a round, besides its places. */
	public record Terms(String name, int schoolYear, Set<Grade> grades, Instant opensAt, Instant closesAt, Instant publishesAt,
			LocalDate referenceDate, long seed, Round.Unconfirmed unconfirmed) {

		Round round(UUID id) {
			return new Round(id, name, schoolYear, grades, opensAt, closesAt, publishesAt, referenceDate, seed, unconfirmed,
					Round.Status.OPEN, Optional.empty(), Optional.empty());
		}

		String summary() {
			return name + ": school year " + schoolYear + ", grades " + Grade.codes(grades) + ", open " + opensAt + " to "
					+ closesAt + ", published " + publishesAt + ", reference date " + referenceDate + ", seed " + seed
					+ ", unconfirmed " + unconfirmed.code();
		}
	}

	/**
	 * Opens a round for every grade, with its places; as demo data and tests set one up.
	 *
	 * @param places the places per school and grade: {@code places.get(schoolCode).get(grade)}
	 */
	@Transactional
	public Round open(String name, int schoolYear, Instant opensAt, Instant closesAt, Instant publishesAt,
			LocalDate referenceDate, long seed, Round.Unconfirmed unconfirmed, Map<String, Map<Grade, Integer>> places) {
		Round round = new Terms(name, schoolYear, EnumSet.allOf(Grade.class), opensAt, closesAt, publishesAt, referenceDate, seed,
				unconfirmed).round(UuidCreator.getTimeOrderedEpoch());
		rounds.insert(round, programmes(places));
		return round;
	}

	/** An officer sets up a round, without places yet; filed. */
	@Transactional
	public Round setUp(Terms terms, String by) {
		Round round = terms.round(UuidCreator.getTimeOrderedEpoch());
		rounds.insert(round, Map.of());
		events.publishEvent(new RoundChanged(UUID.randomUUID(), round.id(), round.name(), "set-up", terms.summary(), by,
				clock.instant()));
		return round;
	}

	/**
	 * An officer changes an open round's terms; places in grades it is no longer for go; filed.
	 *
	 * @throws IllegalStateException when the round has been allocated: its result was computed from these terms
	 * @throws IllegalArgumentException when a grade guardians have applied to would be taken off
	 */
	@Transactional
	public Round change(UUID id, Terms terms, String by) {
		Round before = rounds.lock(id).orElseThrow(() -> new IllegalArgumentException("no round " + id));
		Round round = terms.round(id);
		Map<Grade, Integer> applied = rounds.applications(id);
		for (Grade grade : before.grades()) {
			if (!round.grades().contains(grade) && applied.getOrDefault(grade, 0) > 0) {
				throw new IllegalArgumentException("round " + before.name() + " has " + applied.get(grade)
						+ " applications to grade " + grade.code() + "; the grade cannot be taken off");
			}
		}
		if (!rounds.change(round)) {
			throw new IllegalStateException("round " + before.name() + " is " + before.status().code()
					+ "; its terms can only change while it is open, before the places are allocated from them");
		}
		events.publishEvent(new RoundChanged(UUID.randomUUID(), id, round.name(), "terms", terms.summary(), by, clock.instant()));
		return round;
	}

	/** A programme whose places cannot be set as asked, and how many children hold a place in it. */
	public static final class PlacesRefused extends IllegalStateException {

		private final Map<String, Integer> holding;

		PlacesRefused(String message, Map<String, Integer> holding) {
			super(message);
			this.holding = Map.copyOf(holding);
		}

		/** The programmes ({@code code/grade}) asked below what they hold, with how many they hold. */
		public Map<String, Integer> holding() {
			return holding;
		}
	}

	/**
	 * An officer sets the places per school and grade (those not given stay as they are); filed. While the round
	 * is open any number goes; once published, never below the children who hold a place there, and places added
	 * pass down the waiting list as places given back do.
	 *
	 * @param places {@code places.get(schoolCode).get(grade)}, 0 for none
	 * @throws IllegalArgumentException for a school that does not offer the grade, or a grade the round is not for
	 * @throws IllegalStateException while the round is allocated and not yet published: the results are fixed until
	 *         guardians have seen them; {@link PlacesRefused} when a programme is asked below what it holds
	 */
	@Transactional
	public void changePlaces(UUID id, Map<String, Map<Grade, Integer>> places, String by) {
		Round round = rounds.lock(id).orElseThrow(() -> new IllegalArgumentException("no round " + id));
		places.forEach((code, grades) -> {
			School school = schools.find(code).orElseThrow(() -> new IllegalArgumentException("no school " + code));
			grades.forEach((grade, count) -> {
				if (count < 0 || count > 0 && (!school.grades().contains(grade) || !round.grades().contains(grade))) {
					throw new IllegalArgumentException(code + " cannot have " + count + " places in grade " + grade.code());
				}
			});
		});
		if (round.status() == Round.Status.ALLOCATED) {
			throw new IllegalStateException("round " + round.name() + " is allocated: its places change after publication");
		}
		Map<String, Integer> asked = programmes(places);
		Map<String, Integer> before = rounds.places(id);
		if (round.isPublished()) {
			Map<String, Integer> holding = rounds.holding(id);
			Map<String, Integer> below = new HashMap<>();
			asked.forEach((programme, count) -> {
				if (count < holding.getOrDefault(programme, 0)) {
					below.put(programme, holding.get(programme));
				}
			});
			if (!below.isEmpty()) {
				throw new PlacesRefused("round " + round.name() + " is published; places cannot go below the children holding them",
						below);
			}
		}
		rounds.putPlaces(id, asked);
		if (round.isPublished()) {
			asked.forEach((programme, count) -> {
				int added = count - before.getOrDefault(programme, 0);
				if (added > 0) {
					results.passOn(id, programme, added);
				}
			});
		}
		StringBuilder summary = new StringBuilder(round.name()).append(':');
		new TreeMap<>(asked).forEach((programme, count) -> summary.append(' ').append(programme).append('=').append(count));
		events.publishEvent(new RoundChanged(UUID.randomUUID(), id, round.name(), "places", summary.toString(), by, clock.instant()));
	}

	/** The places per school and grade, keyed {@code code/grade}. */
	public Map<String, Integer> places(UUID id) {
		return rounds.places(id);
	}

	/** The rounds not yet published that give the school places in the grade: it must keep offering the grade. */
	public List<Round> givingPlaces(String school, Grade grade) {
		return rounds.givingPlaces(school, grade);
	}

	/** How many applications the round has to each grade. */
	public Map<Grade, Integer> applications(UUID id) {
		return rounds.applications(id);
	}

	/** How many children hold a place per school and grade after allocation, keyed {@code code/grade}. */
	public Map<String, Integer> holding(UUID id) {
		return rounds.holding(id);
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

	private static Map<String, Integer> programmes(Map<String, Map<Grade, Integer>> places) {
		Map<String, Integer> programmes = new HashMap<>();
		places.forEach((school, grades) -> grades.forEach((grade, count) -> programmes.put(
				Allocation.programme(school, grade), count)));
		return programmes;
	}
}
