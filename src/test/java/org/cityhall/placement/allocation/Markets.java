package org.cityhall.placement.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random markets for the property tests, and the checks every allocation must pass. */
final class Markets {

	private Markets() {
	}

	/** A market from a seed: each programme orders all applicants by a shuffle; each applicant lists a random subset. */
	static Market random(long seed, int maxProgrammes, int maxApplicants, int maxChoices, int maxPlaces) {
		Random random = new Random(seed);
		int programmes = 1 + random.nextInt(maxProgrammes);
		int applicants = random.nextInt(maxApplicants + 1);
		int[] places = new int[programmes];
		for (int p = 0; p < programmes; p++) {
			places[p] = random.nextInt(maxPlaces + 1);
		}
		int[][] rankAt = new int[programmes][];
		for (int p = 0; p < programmes; p++) {
			List<Integer> order = new ArrayList<>();
			for (int a = 0; a < applicants; a++) {
				order.add(a);
			}
			Collections.shuffle(order, random);
			rankAt[p] = new int[applicants];
			for (int r = 0; r < applicants; r++) {
				rankAt[p][order.get(r)] = r;
			}
		}
		int[][] choices = new int[applicants][];
		long[][] priority = new long[applicants][];
		for (int a = 0; a < applicants; a++) {
			List<Integer> all = new ArrayList<>();
			for (int p = 0; p < programmes; p++) {
				all.add(p);
			}
			Collections.shuffle(all, random);
			int length = random.nextInt(Math.min(maxChoices, programmes) + 1);
			choices[a] = all.subList(0, length).stream().mapToInt(Integer::intValue).toArray();
			priority[a] = new long[length];
			for (int c = 0; c < length; c++) {
				priority[a][c] = rankAt[choices[a][c]][a];
			}
		}
		return new Market(places, choices, priority);
	}

	/** The first blocking pair found, as "applicant a and programme p", or null when the matching is stable. */
	static String blockingPair(Market market, int[] programmeOf) {
		int[] taken = new int[market.programmes()];
		long[] worst = new long[market.programmes()];
		java.util.Arrays.fill(worst, Long.MIN_VALUE);
		for (int a = 0; a < market.applicants(); a++) {
			int p = programmeOf[a];
			if (p >= 0) {
				taken[p]++;
				int c = market.choiceIndex(a, p);
				if (c >= 0) {
					worst[p] = Math.max(worst[p], market.priority()[a][c]);
				}
			}
		}
		for (int a = 0; a < market.applicants(); a++) {
			int standing = Waitlists.standing(market, programmeOf, a);
			for (int c = 0; c < standing; c++) {
				int p = market.choices()[a][c];
				if (taken[p] < market.places()[p] || worst[p] > market.priority()[a][c]) {
					return "applicant " + a + " and programme " + p;
				}
			}
		}
		return null;
	}

	static int[] programmes(Matching matching) {
		int[] programmeOf = new int[matching.market().applicants()];
		for (int a = 0; a < programmeOf.length; a++) {
			programmeOf[a] = matching.programmeOf(a);
		}
		return programmeOf;
	}
}
