package org.cityhall.placement.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Deferred acceptance on generated rounds: stable, within places, never wasteful, repeatable and student-optimal. */
class DeferredAcceptancePropertyTest {

	@Property
	void noChildAndSchoolWouldBothRatherHaveEachOther(@ForAll long seed) {
		Market market = Markets.random(seed, 8, 40, 5, 5);
		Matching matching = DeferredAcceptance.allocate(market);
		assertThat(Markets.blockingPair(market, Markets.programmes(matching))).isNull();
	}

	@Property
	void noSchoolTakesMoreThanItsPlacesAndNoneLeavesAPlaceEmptyThatAChildWanted(@ForAll long seed) {
		Market market = Markets.random(seed, 8, 40, 5, 5);
		Matching matching = DeferredAcceptance.allocate(market);
		int[] taken = matching.taken();
		for (int p = 0; p < market.programmes(); p++) {
			assertThat(taken[p]).isLessThanOrEqualTo(market.places()[p]);
		}
		for (int a = 0; a < market.applicants(); a++) {
			int standing = matching.choiceOf(a) < 0 ? market.choices()[a].length : matching.choiceOf(a);
			for (int c = 0; c < standing; c++) {
				int p = market.choices()[a][c];
				assertThat(taken[p]).as("a place at %d that applicant %d wanted", p, a).isEqualTo(market.places()[p]);
			}
		}
	}

	@Property
	void theSameRoundGivesTheSameResult(@ForAll long seed) {
		Market market = Markets.random(seed, 8, 40, 5, 5);
		assertThat(Markets.programmes(DeferredAcceptance.allocate(market)))
				.isEqualTo(Markets.programmes(DeferredAcceptance.allocate(Markets.random(seed, 8, 40, 5, 5))));
	}

	@Property
	void onSmallRoundsItIsTheStudentOptimalStableMatchingFoundByBruteForce(@ForAll long seed) {
		Market market = Markets.random(seed, 3, 6, 3, 2);
		Matching matching = DeferredAcceptance.allocate(market);
		List<int[]> stable = new ArrayList<>();
		enumerate(market, 0, new int[market.applicants()], stable);
		assertThat(stable).as("a stable matching always exists").isNotEmpty();
		for (int[] other : stable) {
			for (int a = 0; a < market.applicants(); a++) {
				assertThat(standing(market, Markets.programmes(matching), a)).as("applicant %d", a)
						.isLessThanOrEqualTo(standing(market, other, a));
			}
		}
		assertThat(stable).anySatisfy(other -> assertThat(other).isEqualTo(Markets.programmes(matching)));
	}

	private static int standing(Market market, int[] programmeOf, int a) {
		return Waitlists.standing(market, programmeOf, a);
	}

	/** Every assignment of applicants to one of their choices or none, within places, kept when stable. */
	private static void enumerate(Market market, int a, int[] programmeOf, List<int[]> stable) {
		if (a == market.applicants()) {
			int[] taken = new int[market.programmes()];
			for (int p : programmeOf) {
				if (p >= 0 && ++taken[p] > market.places()[p]) {
					return;
				}
			}
			if (Markets.blockingPair(market, programmeOf) == null) {
				stable.add(programmeOf.clone());
			}
			return;
		}
		programmeOf[a] = -1;
		enumerate(market, a + 1, programmeOf, stable);
		for (int p : market.choices()[a]) {
			programmeOf[a] = p;
			enumerate(market, a + 1, programmeOf, stable);
		}
	}

	@Property
	void aPlaceGivenBackPassesDownTheWaitingListAndTheResultStaysStable(@ForAll long seed,
			@ForAll @IntRange(min = 0, max = 39) int leaving) {
		Market market = Markets.random(seed, 8, 40, 5, 5);
		int[] programmeOf = Markets.programmes(DeferredAcceptance.allocate(market));
		if (leaving >= market.applicants() || programmeOf[leaving] < 0) {
			return;
		}
		int[] before = programmeOf.clone();
		List<Waitlists.Move> moves = Waitlists.release(market, programmeOf, leaving);
		assertThat(programmeOf[leaving]).isEqualTo(-1);
		// The one who left is gone from the market: check stability among the rest.
		Market rest = without(market, leaving);
		int[] restProgrammes = new int[market.applicants() - 1];
		for (int a = 0, b = 0; a < market.applicants(); a++) {
			if (a != leaving) {
				restProgrammes[b++] = programmeOf[a];
			}
		}
		assertThat(Markets.blockingPair(rest, restProgrammes)).isNull();
		for (Waitlists.Move move : moves) {
			assertThat(Waitlists.standing(market, programmeOf, move.applicant()))
					.as("whoever moves moves up").isLessThan(Waitlists.standing(market, before, move.applicant()));
		}
	}

	@Property
	void aPlaceAddedPassesDownTheWaitingListAndTheResultStaysStableWithinThePlaces(@ForAll long seed,
			@ForAll @IntRange(min = 0, max = 7) int programme) {
		Market market = Markets.random(seed, 8, 40, 5, 5);
		if (programme >= market.programmes()) {
			return;
		}
		int[] programmeOf = Markets.programmes(DeferredAcceptance.allocate(market));
		int[] before = programmeOf.clone();
		int[] places = market.places().clone();
		places[programme]++;
		Market grown = new Market(places, market.choices(), market.priority());
		List<Waitlists.Move> moves = Waitlists.add(grown, programmeOf, programme);
		assertThat(Markets.blockingPair(grown, programmeOf)).isNull();
		int[] taken = new int[grown.programmes()];
		for (int p : programmeOf) {
			if (p >= 0) {
				taken[p]++;
			}
		}
		for (int p = 0; p < grown.programmes(); p++) {
			assertThat(taken[p]).isLessThanOrEqualTo(places[p]);
		}
		assertThat(moves.isEmpty() || moves.get(0).to() == programme).isTrue();
		for (Waitlists.Move move : moves) {
			assertThat(Waitlists.standing(grown, programmeOf, move.applicant()))
					.as("whoever moves moves up").isLessThan(Waitlists.standing(grown, before, move.applicant()));
		}
	}

	private static Market without(Market market, int leaving) {
		int n = market.applicants() - 1;
		int[][] choices = new int[n][];
		long[][] priority = new long[n][];
		for (int a = 0, b = 0; a < market.applicants(); a++) {
			if (a != leaving) {
				choices[b] = market.choices()[a];
				priority[b++] = market.priority()[a];
			}
		}
		return new Market(market.places(), choices, priority);
	}
}
