package org.cityhall.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cityhall.shared.Position;

/**
 * The grid finds what measuring every school in order finds: the nearest school taken, ties to the
 * lower index, and the two nearest distances — also for homes outside the schools' area, schools
 * stacked on one point, and a distance along streets that is longer than the straight line by a
 * different detour to each school.
 */
class SchoolGridPropertyTest {

	/** The straight line plus a detour of up to 1.5 km that depends on the school, as streets give. */
	private static final DistanceProvider ALONG_STREETS = (home, school) -> home.distanceTo(school)
			+ Math.floorMod((long) (school.easting() * 31 + school.northing() * 17), 1_500);

	@Property
	void theNearestIsTheOneAScanInOrderFinds(@ForAll long seed) {
		Random random = new Random(seed);
		for (DistanceProvider distances : List.of(new StraightLineDistance(), ALONG_STREETS)) {
			List<Allocation.School> schools = schools(random);
			SchoolGrid grid = new SchoolGrid(schools, distances);
			for (int probe = 0; probe < 20; probe++) {
				Position home = home(random);
				boolean[] taken = new boolean[schools.size()];
				for (int s = 0; s < taken.length; s++) {
					taken[s] = random.nextInt(3) > 0;
				}
				IntPredicate accept = s -> taken[s];

				assertThat(grid.nearest(home, accept)).isEqualTo(scan(schools, distances, home, accept));
				SchoolGrid.Nearest two = grid.nearestTwo(home, accept);
				double[] sorted = schools.stream().filter(s -> taken[schools.indexOf(s)])
						.mapToDouble(s -> distances.metres(home, s.position())).sorted().toArray();
				assertThat(two.distance[0]).isEqualTo(sorted.length > 0 ? sorted[0] : Double.MAX_VALUE);
				assertThat(two.distance[1]).isEqualTo(sorted.length > 1 ? sorted[1] : Double.MAX_VALUE);
				assertThat(two.index[0]).isEqualTo(scan(schools, distances, home, accept));
			}
		}
	}

	@Property
	void noSchoolTakenIsNoneFound(@ForAll long seed) {
		Random random = new Random(seed);
		SchoolGrid grid = new SchoolGrid(schools(random), new StraightLineDistance());

		assertThat(grid.nearest(home(random), s -> false)).isEqualTo(-1);
		assertThat(new SchoolGrid(List.of(), new StraightLineDistance()).nearest(home(random), s -> true)).isEqualTo(-1);
	}

	private static int scan(List<Allocation.School> schools, DistanceProvider distances, Position home, IntPredicate accept) {
		int best = -1;
		double nearest = Double.MAX_VALUE;
		for (int s = 0; s < schools.size(); s++) {
			double metres = distances.metres(home, schools.get(s).position());
			if (accept.test(s) && metres < nearest) {
				nearest = metres;
				best = s;
			}
		}
		return best;
	}

	/** Schools on a 250 m lattice, so that equal distances are common; sometimes all on one point. */
	private static List<Allocation.School> schools(Random random) {
		int count = 1 + random.nextInt(60);
		boolean stacked = random.nextInt(10) == 0;
		int span = 1 + random.nextInt(60);
		List<Allocation.School> schools = new ArrayList<>();
		for (int s = 0; s < count; s++) {
			Position at = stacked ? new Position(670_000, 6_577_000)
					: new Position(670_000 + 250 * random.nextInt(span), 6_577_000 + 250 * random.nextInt(span));
			schools.add(new Allocation.School("S" + s, true, at, PriorityRule.CITY));
		}
		return schools;
	}

	/** Homes on the same lattice, within the schools' area and up to 10 km outside it. */
	private static Position home(Random random) {
		return new Position(660_000 + 250 * random.nextInt(120), 6_567_000 + 250 * random.nextInt(120));
	}
}
