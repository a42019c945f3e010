package org.cityhall.placement;

import java.util.List;
import java.util.function.IntPredicate;

import org.cityhall.shared.Position;

/**
 * Schools in square cells on the SWEREF 99 TM grid, to find the nearest ones to a home without measuring
 * the distance to every school in the city: cells are searched in rings outwards from the home's, and the
 * search stops once a ring's nearest possible point is farther away than what was already found. That
 * stop is sound for any {@link DistanceProvider} whose distance is never shorter than the straight line,
 * which holds for walking along streets as for the straight line itself.
 * <p>
 * A school is known by its index in the list the grid was made from; ties in distance go to the lower
 * index, as a scan of the list in order would give them.
 */
final class SchoolGrid {

	private final List<Allocation.School> schools;
	private final DistanceProvider distances;
	private final double minEasting;
	private final double minNorthing;
	private final double cell;
	private final int columns;
	private final int rows;
	/** The schools of each cell, by index: cell {@code c} holds {@code members[start[c]] .. members[start[c + 1] - 1]}. */
	private final int[] start;
	private final int[] members;

	SchoolGrid(List<Allocation.School> schools, DistanceProvider distances) {
		this.schools = List.copyOf(schools);
		this.distances = distances;
		double minE = Double.MAX_VALUE;
		double minN = Double.MAX_VALUE;
		double maxE = -Double.MAX_VALUE;
		double maxN = -Double.MAX_VALUE;
		for (Allocation.School school : schools) {
			minE = Math.min(minE, school.position().easting());
			minN = Math.min(minN, school.position().northing());
			maxE = Math.max(maxE, school.position().easting());
			maxN = Math.max(maxN, school.position().northing());
		}
		if (schools.isEmpty()) {
			minE = minN = maxE = maxN = 0;
		}
		// About two schools a cell, and never cells under 100 m, which would only add empty rings.
		double area = Math.max(1, (maxE - minE) * (maxN - minN));
		this.cell = Math.max(100, Math.sqrt(2 * area / Math.max(1, schools.size())));
		this.minEasting = minE;
		this.minNorthing = minN;
		this.columns = (int) ((maxE - minE) / cell) + 1;
		this.rows = (int) ((maxN - minN) / cell) + 1;
		int[] count = new int[columns * rows + 1];
		int[] cellOf = new int[schools.size()];
		for (int s = 0; s < cellOf.length; s++) {
			Position position = schools.get(s).position();
			cellOf[s] = row(position.northing()) * columns + column(position.easting());
			count[cellOf[s] + 1]++;
		}
		for (int c = 0; c < columns * rows; c++) {
			count[c + 1] += count[c];
		}
		this.start = count.clone();
		this.members = new int[schools.size()];
		int[] next = count;
		// Filled in the list's order, so a cell lists its schools by rising index.
		for (int s = 0; s < cellOf.length; s++) {
			members[next[cellOf[s]]++] = s;
		}
	}

	/** The nearest school that {@code accept} takes, or -1 when it takes none. */
	int nearest(Position home, IntPredicate accept) {
		Nearest found = new Nearest(1);
		search(home, accept, found);
		return found.index[0];
	}

	/**
	 * The two nearest schools {@code accept} takes: their indexes and distances, -1 and
	 * {@link Double#MAX_VALUE} where there are fewer.
	 */
	Nearest nearestTwo(Position home, IntPredicate accept) {
		Nearest found = new Nearest(2);
		search(home, accept, found);
		return found;
	}

	/** The {@code k} nearest found, nearest first. */
	static final class Nearest {

		final int[] index;
		final double[] distance;

		Nearest(int k) {
			index = new int[k];
			distance = new double[k];
			java.util.Arrays.fill(index, -1);
			java.util.Arrays.fill(distance, Double.MAX_VALUE);
		}

		/** Keeps the school if it is among the k nearest so far; ties go to the lower index. */
		void offer(int school, double metres) {
			int k = index.length;
			if (!closer(school, metres, k - 1)) {
				return;
			}
			int at = k - 1;
			while (at > 0 && closer(school, metres, at - 1)) {
				index[at] = index[at - 1];
				distance[at] = distance[at - 1];
				at--;
			}
			index[at] = school;
			distance[at] = metres;
		}

		private boolean closer(int school, double metres, int than) {
			return metres < distance[than] || (metres == distance[than] && index[than] >= 0 && school < index[than])
					|| index[than] < 0;
		}

		/** How far the farthest of the k may be: a cell beyond it can hold nothing closer. */
		double bound() {
			return index[index.length - 1] < 0 ? Double.MAX_VALUE : distance[distance.length - 1];
		}
	}

	private void search(Position home, IntPredicate accept, Nearest found) {
		if (members.length == 0) {
			return;
		}
		int homeColumn = (int) Math.floor((home.easting() - minEasting) / cell);
		int homeRow = (int) Math.floor((home.northing() - minNorthing) / cell);
		// The ring from which every cell of the grid has been searched.
		int last = Math.max(Math.max(Math.abs(homeColumn), Math.abs(columns - 1 - homeColumn)),
				Math.max(Math.abs(homeRow), Math.abs(rows - 1 - homeRow)));
		for (int ring = 0; ring <= last; ring++) {
			// Every point of a cell in ring r lies more than (r - 1) cells from the home, in one direction.
			if (ring > 0 && (ring - 1) * cell > found.bound()) {
				return;
			}
			for (int r = homeRow - ring; r <= homeRow + ring; r++) {
				if (r < 0 || r >= rows) {
					continue;
				}
				boolean edgeRow = r == homeRow - ring || r == homeRow + ring;
				int step = edgeRow ? 1 : Math.max(1, 2 * ring);
				for (int c = homeColumn - ring; c <= homeColumn + ring; c += step) {
					if (c >= 0 && c < columns) {
						visit(r * columns + c, home, accept, found);
					}
				}
			}
		}
	}

	private void visit(int cellIndex, Position home, IntPredicate accept, Nearest found) {
		for (int m = start[cellIndex]; m < start[cellIndex + 1]; m++) {
			int school = members[m];
			if (accept.test(school)) {
				found.offer(school, distances.metres(home, schools.get(school).position()));
			}
		}
	}

	private int column(double easting) {
		return Math.min(columns - 1, (int) ((easting - minEasting) / cell));
	}

	private int row(double northing) {
		return Math.min(rows - 1, (int) ((northing - minNorthing) / cell));
	}
}
