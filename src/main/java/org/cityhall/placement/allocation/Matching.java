package org.cityhall.placement.allocation;

import java.util.Arrays;

/**
 * Who holds a place where: for each applicant the index of the choice they got, or -1 when none of their
 * choices took them.
 */
public final class Matching {

	private final Market market;
	private final int[] choice;

	Matching(Market market, int[] choice) {
		this.market = market;
		this.choice = choice;
	}

	/** A matching read back, e.g. from stored results, to check or to continue from. */
	public static Matching of(Market market, int[] choice) {
		if (choice.length != market.applicants()) {
			throw new IllegalArgumentException("a matching has one entry per applicant");
		}
		return new Matching(market, choice.clone());
	}

	public Market market() {
		return market;
	}

	/** The index of the applicant's choice they got, or -1. */
	public int choiceOf(int applicant) {
		return choice[applicant];
	}

	/** The programme the applicant got, or -1. */
	public int programmeOf(int applicant) {
		int c = choice[applicant];
		return c < 0 ? -1 : market.choices()[applicant][c];
	}

	/** How many applicants each programme took. */
	public int[] taken() {
		int[] taken = new int[market.programmes()];
		for (int a = 0; a < choice.length; a++) {
			int p = programmeOf(a);
			if (p >= 0) {
				taken[p]++;
			}
		}
		return taken;
	}

	/**
	 * The worst priority among those each programme took, {@link Long#MIN_VALUE} for a programme that
	 * took no one: whoever ranks below it was turned away because the programme was full.
	 */
	public long[] lastAdmitted() {
		long[] last = new long[market.programmes()];
		Arrays.fill(last, Long.MIN_VALUE);
		for (int a = 0; a < choice.length; a++) {
			int c = choice[a];
			if (c >= 0) {
				int p = market.choices()[a][c];
				last[p] = Math.max(last[p], market.priority()[a][c]);
			}
		}
		return last;
	}

	/** The applicant who holds the programme's worst admitted priority, or -1. */
	public int lastAdmittedApplicant(int programme) {
		int found = -1;
		long worst = Long.MIN_VALUE;
		for (int a = 0; a < choice.length; a++) {
			int c = choice[a];
			if (c >= 0 && market.choices()[a][c] == programme && market.priority()[a][c] > worst) {
				worst = market.priority()[a][c];
				found = a;
			}
		}
		return found;
	}

	int[] choices() {
		return choice.clone();
	}
}
