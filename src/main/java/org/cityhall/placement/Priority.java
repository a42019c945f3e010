package org.cityhall.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An applicant's priority at one school: what the school's rules look at, and the lottery number that
 * decides between equals. {@link #key(List)} folds them, in the school's order of rules, into one number
 * where lower ranks higher and no two applicants are equal.
 *
 * @param sibling whether the sibling rule gives priority
 * @param proximity relative proximity in whole metres, when the school ranks by it
 * @param queueDate the queue date, when the school ranks by it
 * @param lottery the applicant's lottery number in the round, from 1
 */
public record Priority(boolean sibling, OptionalInt proximity, Optional<LocalDate> queueDate, int lottery) {

	/** Relative proximity is kept within ±4,194 km: more than any two addresses in Sweden. */
	static final int PROXIMITY_LIMIT = (1 << 22) - 1;
	static final int LOTTERY_BITS = 21;
	/** The most applicants a round can hold with distinct lottery numbers. */
	public static final int MAX_APPLICANTS = (1 << LOTTERY_BITS) - 1;
	private static final long QUEUE_EPOCH = LocalDate.of(2000, 1, 1).toEpochDay();

	public long key(List<PriorityRule> rules) {
		long key = 0;
		for (PriorityRule rule : rules) {
			switch (rule) {
				case SIBLING -> key = (key << 1) | (sibling ? 0 : 1);
				case PROXIMITY -> {
					int metres = Math.max(-PROXIMITY_LIMIT, Math.min(PROXIMITY_LIMIT, proximity.orElse(-PROXIMITY_LIMIT)));
					key = (key << 23) | (PROXIMITY_LIMIT - metres);
				}
				case QUEUE_DATE -> {
					long days = queueDate.map(date -> date.toEpochDay() - QUEUE_EPOCH).orElse((1L << 17) - 1);
					key = (key << 17) | Math.max(0, Math.min((1L << 17) - 1, days));
				}
			}
		}
		return (key << LOTTERY_BITS) | lottery;
	}
}
