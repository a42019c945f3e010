package org.cityhall.placement.allocation;

import java.util.Objects;

/**
 * A round as the allocation sees it: programmes (a school's places in one grade) with their places,
 * and applicants with their ranked choices and, for each choice, the applicant's priority at that
 * programme. A lower priority value ranks higher; two applicants never share a value at one programme
 * (the lottery number is part of it), so every programme's order is strict.
 *
 * @param places the places of each programme
 * @param choices each applicant's programmes, best first, none twice
 * @param priority each applicant's priority at each of their choices, lower first
 */
public record Market(int[] places, int[][] choices, long[][] priority) {

	public Market {
		Objects.requireNonNull(places, "places");
		Objects.requireNonNull(choices, "choices");
		Objects.requireNonNull(priority, "priority");
		if (choices.length != priority.length) {
			throw new IllegalArgumentException("every applicant needs a priority per choice: " + choices.length
					+ " applicants, " + priority.length + " priority lists");
		}
		for (int p = 0; p < places.length; p++) {
			if (places[p] < 0) {
				throw new IllegalArgumentException("programme " + p + " has " + places[p] + " places");
			}
		}
		for (int a = 0; a < choices.length; a++) {
			if (choices[a].length != priority[a].length) {
				throw new IllegalArgumentException("applicant " + a + " has " + choices[a].length + " choices and "
						+ priority[a].length + " priorities");
			}
			for (int c = 0; c < choices[a].length; c++) {
				if (choices[a][c] < 0 || choices[a][c] >= places.length) {
					throw new IllegalArgumentException("applicant " + a + " chose programme " + choices[a][c]
							+ ", which the round does not have");
				}
				for (int d = 0; d < c; d++) {
					if (choices[a][d] == choices[a][c]) {
						throw new IllegalArgumentException("applicant " + a + " chose programme " + choices[a][c] + " twice");
					}
				}
			}
		}
	}

	public int applicants() {
		return choices.length;
	}

	public int programmes() {
		return places.length;
	}

	/** Where the programme stands in the applicant's list, or -1 when the applicant did not choose it. */
	public int choiceIndex(int applicant, int programme) {
		int[] list = choices[applicant];
		for (int c = 0; c < list.length; c++) {
			if (list[c] == programme) {
				return c;
			}
		}
		return -1;
	}
}
