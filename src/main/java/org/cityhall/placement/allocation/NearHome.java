package org.cityhall.placement.allocation;

import java.util.Arrays;

/**
 * The "school near home" promise: a child none of whose choices could take them is offered the
 * nearest programme with a free place, in the order given (the lottery's), after the allocation.
 */
public final class NearHome {

	private NearHome() {
	}

	/**
	 * @param order the applicants to place, in the order they are served
	 * @param nearest for each of them, the programmes of their grade nearest first
	 * @param free the free places per programme after the allocation; taken places are subtracted
	 * @return the programme offered to each applicant of {@code order}, -1 where no place was free
	 */
	public static int[] offer(int[] order, int[][] nearest, int[] free) {
		int[] offered = new int[order.length];
		Arrays.fill(offered, -1);
		for (int i = 0; i < order.length; i++) {
			for (int p : nearest[i]) {
				if (free[p] > 0) {
					free[p]--;
					offered[i] = p;
					break;
				}
			}
		}
		return offered;
	}
}
