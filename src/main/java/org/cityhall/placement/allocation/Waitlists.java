package org.cityhall.placement.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * After the results are published, a place given back passes to the waiting list: of those who ranked
 * that programme above what they hold, the one with the best priority there moves up, which frees their
 * old place for its own waiting list, and so on. Since everyone who would rather have a full programme
 * ranks below all it took, the one moved up ranks below no one left waiting, and the result stays stable.
 */
public final class Waitlists {

	/** One applicant moved from one programme (or from none) to another. */
	public record Move(int applicant, int from, int to) {
	}

	private Waitlists() {
	}

	/**
	 * Gives back the applicant's place and passes it on.
	 *
	 * @param programmeOf each applicant's programme now, a listed choice or a place offered near home, -1
	 *        for none; changed in place
	 * @return the moves made, in order
	 */
	public static List<Move> release(Market market, int[] programmeOf, int applicant) {
		int freed = programmeOf[applicant];
		programmeOf[applicant] = -1;
		// Someone who gave their place back waits for nothing: they leave the round's lists.
		boolean[] left = new boolean[market.applicants()];
		left[applicant] = true;
		return passDown(market, programmeOf, freed, left);
	}

	/**
	 * Passes a place added to a programme down its waiting list, as a place given back there would be.
	 *
	 * @param programmeOf as for {@link #release}; changed in place
	 * @return the moves made, in order; none when no one waits for the programme
	 */
	public static List<Move> add(Market market, int[] programmeOf, int programme) {
		return passDown(market, programmeOf, programme, new boolean[market.applicants()]);
	}

	private static List<Move> passDown(Market market, int[] programmeOf, int freed, boolean[] left) {
		List<Move> moves = new ArrayList<>();
		while (freed >= 0) {
			int best = -1;
			long bestPriority = Long.MAX_VALUE;
			for (int b = 0; b < market.applicants(); b++) {
				if (left[b]) {
					continue;
				}
				int c = market.choiceIndex(b, freed);
				if (c >= 0 && c < standing(market, programmeOf, b) && market.priority()[b][c] < bestPriority) {
					bestPriority = market.priority()[b][c];
					best = b;
				}
			}
			if (best < 0) {
				return moves;
			}
			int from = programmeOf[best];
			programmeOf[best] = freed;
			moves.add(new Move(best, from, freed));
			freed = from;
		}
		return moves;
	}

	/** Where the applicant's programme stands in their list; past its end for a place outside it or none. */
	static int standing(Market market, int[] programmeOf, int applicant) {
		if (programmeOf[applicant] < 0) {
			return market.choices()[applicant].length;
		}
		int c = market.choiceIndex(applicant, programmeOf[applicant]);
		return c < 0 ? market.choices()[applicant].length : c;
	}
}
