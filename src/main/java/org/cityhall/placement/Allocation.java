package org.cityhall.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.cityhall.placement.allocation.DeferredAcceptance;
import org.cityhall.placement.allocation.Market;
import org.cityhall.placement.allocation.Matching;
import org.cityhall.shared.Position;

/**
 * A round's allocation in memory: the lottery drawn from the round's seed, each applicant's priority at
 * each school they chose, deferred acceptance, and the school near home for those left over. No
 * database: the same input and seed give the same result, which is what makes the round auditable.
 */
final class Allocation {

	/** Sibling priority at a municipal school reaches a sibling living at most this far away, walking. */
	static final double SIBLING_DISTANCE = 2_000;

	record School(String code, boolean municipal, Position position, List<PriorityRule> rules) {
	}

	/**
	 * @param siblingSchools the schools where a sibling registered at the same address attends pre-school
	 *        class to year 5 (for the city's rule)
	 * @param siblingAnySchools the schools where such a sibling attends any grade (for an independent school's rule)
	 */
	record Applicant(UUID id, Grade grade, List<String> choices, Position home, LocalDate queueDate,
			Set<String> siblingSchools, Set<String> siblingAnySchools) {
	}

	enum Outcome {
		CHOICE, NEAR_HOME, UNPLACED
	}

	/** What one applicant got: the school, which choice (from 0) for a listed one, and why. */
	record Placed(Applicant applicant, Outcome outcome, Optional<String> school, OptionalInt choice, int lottery,
			List<Priority> priorities) {
	}

	private final List<School> schools;
	private final Map<String, School> byCode = new HashMap<>();
	private final Map<String, Integer> places;
	private final DistanceProvider distances;

	/** @param places the places per school and grade, keyed {@code code + "/" + grade code} */
	Allocation(List<School> schools, Map<String, Integer> places, DistanceProvider distances) {
		this.schools = List.copyOf(schools);
		schools.forEach(school -> byCode.put(school.code(), school));
		this.places = Map.copyOf(places);
		this.distances = distances;
	}

	static String programme(String school, Grade grade) {
		return school + "/" + grade.code();
	}

	/** The lottery: applicants in the order of their ids, shuffled by the seed; numbers from 1. */
	static int[] lottery(List<Applicant> applicants, long seed) {
		Integer[] order = new Integer[applicants.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparing(i -> applicants.get(i).id()));
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Integer swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		int[] lottery = new int[applicants.size()];
		for (int rank = 0; rank < order.length; rank++) {
			lottery[order[rank]] = rank + 1;
		}
		return lottery;
	}

	/** The market deferred acceptance runs on, with the programmes' index and the priorities behind it. */
	record Prepared(Market market, List<String> programmes, int[] lottery, List<List<Priority>> priorities) {
	}

	Prepared prepare(List<Applicant> applicants, long seed) {
		if (applicants.size() > Priority.MAX_APPLICANTS) {
			throw new IllegalArgumentException("a round holds at most " + Priority.MAX_APPLICANTS + " applicants");
		}
		List<String> programmes = new ArrayList<>(places.keySet());
		programmes.sort(null);
		Map<String, Integer> index = new HashMap<>();
		int[] capacity = new int[programmes.size()];
		for (int p = 0; p < programmes.size(); p++) {
			index.put(programmes.get(p), p);
			capacity[p] = places.get(programmes.get(p));
		}
		// Each school's programme per grade (by the grade's ordinal, -1 where it takes none), so an
		// applicant's choices cost one lookup each.
		Map<String, int[]> programmeOf = new HashMap<>();
		for (School school : schools) {
			int[] ofGrade = new int[Grade.values().length];
			for (Grade grade : Grade.values()) {
				ofGrade[grade.ordinal()] = index.getOrDefault(programme(school.code(), grade), -1);
			}
			programmeOf.put(school.code(), ofGrade);
		}
		int[] lottery = lottery(applicants, seed);
		Map<Grade, Offering> offering = offering();
		int[][] choices = new int[applicants.size()][];
		long[][] keys = new long[applicants.size()][];
		List<List<Priority>> priorities = new ArrayList<>(applicants.size());
		for (int a = 0; a < applicants.size(); a++) {
			Applicant applicant = applicants.get(a);
			List<String> listed = applicant.choices();
			choices[a] = new int[listed.size()];
			keys[a] = new long[listed.size()];
			double alternative = alternativeDistance(applicant, offering.get(applicant.grade()));
			List<Priority> own = new ArrayList<>(listed.size());
			for (int c = 0; c < listed.size(); c++) {
				School school = byCode.get(listed.get(c));
				int p = school == null ? -1 : programmeOf.get(school.code())[applicant.grade().ordinal()];
				if (p < 0) {
					throw new IllegalArgumentException("application " + applicant.id() + " chose " + listed.get(c)
							+ ", which takes no applications to grade " + applicant.grade().code() + " this round");
				}
				double distance = distances.metres(applicant.home(), school.position());
				Priority priority = priority(applicant, school, distance, alternative, lottery[a]);
				own.add(priority);
				choices[a][c] = p;
				keys[a][c] = priority.key(school.rules());
			}
			priorities.add(own);
		}
		return new Prepared(new Market(capacity, choices, keys), programmes, lottery, priorities);
	}

	List<Placed> allocate(List<Applicant> applicants, long seed) {
		Prepared prepared = prepare(applicants, seed);
		Matching matching = DeferredAcceptance.allocate(prepared.market());
		return place(applicants, prepared, matching);
	}

	/** The result of a matching, with the school near home offered to those it left out. */
	List<Placed> place(List<Applicant> applicants, Prepared prepared, Matching matching) {
		int[] free = prepared.market().places().clone();
		int[] taken = matching.taken();
		for (int p = 0; p < free.length; p++) {
			free[p] -= taken[p];
		}
		List<Integer> left = new ArrayList<>();
		for (int a = 0; a < applicants.size(); a++) {
			if (matching.choiceOf(a) < 0) {
				left.add(a);
			}
		}
		left.sort(Comparator.comparingInt(a -> prepared.lottery()[a]));
		Map<String, Integer> index = new HashMap<>();
		for (int p = 0; p < prepared.programmes().size(); p++) {
			index.put(prepared.programmes().get(p), p);
		}
		// The school near home: in the lottery's order, the nearest school of the grade with a place still free.
		Map<Grade, Offering> offering = offering();
		Map<Grade, int[]> programmes = new EnumMap<>(Grade.class);
		offering.forEach((grade, ofGrade) -> programmes.put(grade,
				ofGrade.schools().stream().mapToInt(school -> index.get(programme(school.code(), grade))).toArray()));
		Map<Integer, Integer> nearHome = new HashMap<>();
		for (int a : left) {
			Applicant applicant = applicants.get(a);
			Offering ofGrade = offering.get(applicant.grade());
			int[] programmeOf = programmes.get(applicant.grade());
			int school = ofGrade.all().nearest(applicant.home(), s -> free[programmeOf[s]] > 0);
			if (school >= 0) {
				free[programmeOf[school]]--;
			}
			nearHome.put(a, school < 0 ? -1 : programmeOf[school]);
		}
		List<Placed> placed = new ArrayList<>(applicants.size());
		for (int a = 0; a < applicants.size(); a++) {
			Applicant applicant = applicants.get(a);
			int c = matching.choiceOf(a);
			int lottery = prepared.lottery()[a];
			List<Priority> priorities = prepared.priorities().get(a);
			if (c >= 0) {
				placed.add(new Placed(applicant, Outcome.CHOICE, Optional.of(applicant.choices().get(c)), OptionalInt.of(c),
						lottery, priorities));
			}
			else if (nearHome.get(a) >= 0) {
				String programme = prepared.programmes().get(nearHome.get(a));
				placed.add(new Placed(applicant, Outcome.NEAR_HOME, Optional.of(programme.substring(0, programme.lastIndexOf('/'))),
						OptionalInt.empty(), lottery, priorities));
			}
			else {
				placed.add(new Placed(applicant, Outcome.UNPLACED, Optional.empty(), OptionalInt.empty(), lottery, priorities));
			}
		}
		return placed;
	}

	/**
	 * The distance to the applicant's alternative school: the nearest municipal school offering the grade,
	 * or the second nearest when the family applied to the nearest. Equally near schools are taken in the
	 * order of their codes.
	 */
	private double alternativeDistance(Applicant applicant, Offering offering) {
		SchoolGrid.Nearest two = offering.municipal().nearestTwo(applicant.home(), school -> true);
		if (two.index[0] < 0) {
			return 0;
		}
		if (applicant.choices().contains(offering.municipalSchools().get(two.index[0]).code())) {
			return two.index[1] < 0 ? two.distance[0] : two.distance[1];
		}
		return two.distance[0];
	}

	private Priority priority(Applicant applicant, School school, double distance, double alternative, int lottery) {
		List<PriorityRule> rules = school.rules();
		boolean sibling = false;
		if (rules.contains(PriorityRule.SIBLING)) {
			sibling = school.municipal()
					? applicant.grade() == Grade.PRESCHOOL_CLASS && applicant.siblingSchools().contains(school.code())
							&& distance <= SIBLING_DISTANCE
					: applicant.siblingAnySchools().contains(school.code());
		}
		OptionalInt proximity = rules.contains(PriorityRule.PROXIMITY)
				? OptionalInt.of((int) Math.round(alternative - distance)) : OptionalInt.empty();
		Optional<LocalDate> queueDate = rules.contains(PriorityRule.QUEUE_DATE) ? Optional.of(applicant.queueDate())
				: Optional.empty();
		return new Priority(sibling, proximity, queueDate, lottery);
	}

	/**
	 * The schools taking applications to one grade, in the round's order, and the municipal ones among
	 * them by code, each in a grid for finding the nearest.
	 */
	private record Offering(List<School> schools, SchoolGrid all, List<School> municipalSchools, SchoolGrid municipal) {
	}

	private Map<Grade, Offering> offering() {
		Map<Grade, Offering> offering = new EnumMap<>(Grade.class);
		for (Grade grade : Grade.values()) {
			List<School> schoolsOfGrade = new ArrayList<>();
			for (School school : schools) {
				Integer placesHere = places.get(programme(school.code(), grade));
				if (placesHere != null && placesHere > 0) {
					schoolsOfGrade.add(school);
				}
			}
			List<School> municipal = new ArrayList<>(schoolsOfGrade.stream().filter(School::municipal).toList());
			municipal.sort(Comparator.comparing(School::code));
			offering.put(grade, new Offering(schoolsOfGrade, new SchoolGrid(schoolsOfGrade, distances), municipal,
					new SchoolGrid(municipal, distances)));
		}
		return offering;
	}
}
