package org.cityhall.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cityhall.shared.Position;

/**
 * Whole rounds with homes and schools on the map, the city's rules and an independent school's own:
 * the same seed gives the same result, every school keeps within its places, and — for a fixed set of
 * listed schools — ranking them in one's true order is never worse than any other order.
 */
class AllocationPropertyTest {

	private static final DistanceProvider STRAIGHT = new StraightLineDistance();

	record Round(List<Allocation.School> schools, Map<String, Integer> places, List<Allocation.Applicant> applicants) {
	}

	static Round round(long seed, int maxApplicants) {
		Random random = new Random(seed);
		List<Allocation.School> schools = new ArrayList<>();
		Map<String, Integer> places = new HashMap<>();
		int count = 2 + random.nextInt(5);
		for (int s = 0; s < count; s++) {
			boolean municipal = s == 0 || random.nextInt(4) > 0;
			String code = "S" + s;
			schools.add(new Allocation.School(code, municipal, near(random),
					municipal ? PriorityRule.CITY : List.of(PriorityRule.SIBLING, PriorityRule.QUEUE_DATE)));
			places.put(Allocation.programme(code, Grade.PRESCHOOL_CLASS), random.nextInt(4));
		}
		List<Allocation.Applicant> applicants = new ArrayList<>();
		int n = random.nextInt(maxApplicants + 1);
		for (int a = 0; a < n; a++) {
			List<String> codes = new ArrayList<>(schools.stream().map(Allocation.School::code).toList());
			java.util.Collections.shuffle(codes, random);
			List<String> choices = codes.subList(0, 1 + random.nextInt(Math.min(5, codes.size())));
			Set<String> siblings = random.nextInt(5) == 0 ? Set.of(codes.get(0)) : Set.of();
			applicants.add(new Allocation.Applicant(new UUID(seed, a), Grade.PRESCHOOL_CLASS, List.copyOf(choices),
					near(random), LocalDate.of(2027, 1, 1).plusDays(random.nextInt(30)), siblings, siblings));
		}
		return new Round(schools, places, applicants);
	}

	private static Position near(Random random) {
		return new Position(670_000 + random.nextInt(6_000), 6_577_000 + random.nextInt(6_000));
	}

	@Property
	void theSameSeedGivesTheSameResult(@ForAll long seed, @ForAll long lottery) {
		Round round = round(seed, 30);
		Allocation allocation = new Allocation(round.schools(), round.places(), STRAIGHT);
		assertThat(allocation.allocate(round.applicants(), lottery)).isEqualTo(allocation.allocate(round.applicants(), lottery));
	}

	@Property
	void noSchoolIsFilledBeyondItsPlacesEvenWithTheSchoolNearHome(@ForAll long seed, @ForAll long lottery) {
		Round round = round(seed, 30);
		List<Allocation.Placed> placed = new Allocation(round.schools(), round.places(), STRAIGHT)
				.allocate(round.applicants(), lottery);
		Map<String, Integer> taken = new HashMap<>();
		for (Allocation.Placed one : placed) {
			one.school().ifPresent(school -> taken.merge(school, 1, Integer::sum));
		}
		taken.forEach((school, count) -> assertThat(count)
				.isLessThanOrEqualTo(round.places().get(Allocation.programme(school, Grade.PRESCHOOL_CLASS))));
		boolean anyUnplaced = placed.stream().anyMatch(one -> one.outcome() == Allocation.Outcome.UNPLACED);
		int free = round.places().values().stream().mapToInt(Integer::intValue).sum()
				- taken.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(anyUnplaced && free > 0).as("a child left unplaced while a place is free").isFalse();
	}

	@Property
	void rankingTheSameSchoolsInOnesTrueOrderIsNeverWorseThanAnyOtherOrder(@ForAll long seed, @ForAll long lottery) {
		Round round = round(seed, 12);
		if (round.applicants().isEmpty()) {
			return;
		}
		Allocation allocation = new Allocation(round.schools(), round.places(), STRAIGHT);
		Allocation.Applicant truthful = round.applicants().get(0);
		List<String> truth = truthful.choices();
		int honest = standing(truth, allocation.allocate(round.applicants(), lottery).get(0));
		for (List<String> order : permutations(truth)) {
			List<Allocation.Applicant> changed = new ArrayList<>(round.applicants());
			changed.set(0, new Allocation.Applicant(truthful.id(), truthful.grade(), order, truthful.home(),
					truthful.queueDate(), truthful.siblingSchools(), truthful.siblingAnySchools()));
			int other = standing(truth, allocation.allocate(changed, lottery).get(0));
			assertThat(honest).as("true order %s against %s", truth, order).isLessThanOrEqualTo(other);
		}
	}

	/** Where the school got stands in the true order; past the end for anything else. */
	private static int standing(List<String> truth, Allocation.Placed placed) {
		if (placed.outcome() != Allocation.Outcome.CHOICE) {
			return truth.size();
		}
		return truth.indexOf(placed.school().orElseThrow());
	}

	private static List<List<String>> permutations(List<String> items) {
		if (items.size() <= 1) {
			return List.of(items);
		}
		List<List<String>> all = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			List<String> rest = new ArrayList<>(items);
			String first = rest.remove(i);
			for (List<String> tail : permutations(rest)) {
				List<String> order = new ArrayList<>();
				order.add(first);
				order.addAll(tail);
				all.add(order);
			}
		}
		return all;
	}
}
