package org.cityhall.placement.allocation;

import java.util.Arrays;

/**
 * Student-proposing deferred acceptance (Gale and Shapley): each applicant not held anywhere applies to
 * their next choice; a programme holds its best applicants up to its places and rejects the rest. The
 * result is stable (no applicant and programme would both rather have each other), the best stable
 * result for every applicant, never over a programme's places, and — for a fixed list — ranking one's
 * schools in one's true order is never worse than any other order. The same market always gives the
 * same result: there is no randomness here, the lottery is in the priorities.
 */
public final class DeferredAcceptance {

	private DeferredAcceptance() {
	}

	public static Matching allocate(Market market) {
		int applicants = market.applicants();
		int[] next = new int[applicants];
		int[] held = new int[applicants];
		Arrays.fill(held, -1);
		Holding[] holdings = new Holding[market.programmes()];
		for (int p = 0; p < holdings.length; p++) {
			holdings[p] = new Holding(market.places()[p]);
		}
		int[] free = new int[applicants];
		int top = 0;
		for (int a = applicants - 1; a >= 0; a--) {
			free[top++] = a;
		}
		int[][] choices = market.choices();
		long[][] priority = market.priority();
		while (top > 0) {
			int a = free[--top];
			int[] list = choices[a];
			while (next[a] < list.length) {
				int c = next[a]++;
				int rejected = holdings[list[c]].offer(a, priority[a][c]);
				if (rejected != a) {
					held[a] = c;
					if (rejected >= 0) {
						// The one let go applies on from where they were.
						held[rejected] = -1;
						free[top++] = rejected;
					}
					break;
				}
			}
		}
		return new Matching(market, held);
	}

	/** A programme's applicants held so far: a max-heap on priority, so the worst held is let go first. */
	private static final class Holding {

		private final int[] applicant;
		private final long[] key;
		private int size;

		Holding(int places) {
			applicant = new int[places];
			key = new long[places];
		}

		/** Takes the applicant if there is room or they outrank the worst held; returns who is let go, or -1. */
		int offer(int a, long k) {
			if (size < applicant.length) {
				applicant[size] = a;
				key[size] = k;
				up(size++);
				return -1;
			}
			if (size == 0 || key[0] < k) {
				return a;
			}
			int out = applicant[0];
			applicant[0] = a;
			key[0] = k;
			down(0);
			return out;
		}

		private void up(int i) {
			while (i > 0) {
				int parent = (i - 1) >>> 1;
				if (key[parent] >= key[i]) {
					return;
				}
				swap(i, parent);
				i = parent;
			}
		}

		private void down(int i) {
			while (true) {
				int left = 2 * i + 1;
				if (left >= size) {
					return;
				}
				int larger = left + 1 < size && key[left + 1] > key[left] ? left + 1 : left;
				if (key[i] >= key[larger]) {
					return;
				}
				swap(i, larger);
				i = larger;
			}
		}

		private void swap(int i, int j) {
			int a = applicant[i];
			applicant[i] = applicant[j];
			applicant[j] = a;
			long k = key[i];
			key[i] = key[j];
			key[j] = k;
		}
	}
}
