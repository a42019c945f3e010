package org.cityhall.queues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.queues.RankingRule.Criterion;
import org.cityhall.queues.RankingRule.RankKey;

/**
 * The entries waiting for one alternative, in the queue's order, for positions in logarithmic time:
 * a position is a binary search, not a count of the rows ahead, so it costs the same for the first and
 * the millionth in line (see docs/queues.md for why positions are not stored).
 * <p>
 * The keys are kept in columns of primitives, about 60 bytes an entry, rather than as objects, so a
 * node can keep the indexes of every listing of a large housing queue in memory ({@link Queues} does).
 */
public final class OrderIndex {

	private static final int NO_DATE = Integer.MIN_VALUE;

	private final RankingRule rule;
	// The keys in the queue's order: index i holds position i + 1.
	private final long[] idHigh;
	private final long[] idLow;
	private final int[] group;
	private final int[] queueDay;
	private final int[] desiredDay;
	private final long[] registeredSecond;
	private final int[] registeredNano;
	// The entry ids in their own order, each with its index above, for finding an entry.
	private final long[] byIdHigh;
	private final long[] byIdLow;
	private final int[] byIdIndex;

	public OrderIndex(RankingRule rule, Collection<RankKey> keys) {
		this.rule = rule;
		RankKey[] sorted = keys.toArray(RankKey[]::new);
		Arrays.sort(sorted, rule.order());
		int n = sorted.length;
		idHigh = new long[n];
		idLow = new long[n];
		group = new int[n];
		queueDay = new int[n];
		desiredDay = new int[n];
		registeredSecond = new long[n];
		registeredNano = new int[n];
		for (int i = 0; i < n; i++) {
			RankKey key = sorted[i];
			idHigh[i] = key.entryId().getMostSignificantBits();
			idLow[i] = key.entryId().getLeastSignificantBits();
			group[i] = key.priorityGroup();
			queueDay[i] = Math.toIntExact(key.queueDate().toEpochDay());
			desiredDay[i] = key.desiredStart() == null ? NO_DATE : Math.toIntExact(key.desiredStart().toEpochDay());
			registeredSecond[i] = key.registeredAt().getEpochSecond();
			registeredNano[i] = key.registeredAt().getNano();
		}
		Integer[] byId = new Integer[n];
		for (int i = 0; i < n; i++) {
			byId[i] = i;
		}
		Arrays.sort(byId, (a, b) -> compareIds(idHigh[a], idLow[a], idHigh[b], idLow[b]));
		byIdHigh = new long[n];
		byIdLow = new long[n];
		byIdIndex = new int[n];
		for (int i = 0; i < n; i++) {
			byIdHigh[i] = idHigh[byId[i]];
			byIdLow[i] = idLow[byId[i]];
			byIdIndex[i] = byId[i];
		}
	}

	public int size() {
		return idHigh.length;
	}

	/** The entry at the 1-based position. */
	public RankKey at(int position) {
		int i = position - 1;
		return new RankKey(new UUID(idHigh[i], idLow[i]), group[i], LocalDate.ofEpochDay(queueDay[i]),
				desiredDay[i] == NO_DATE ? null : LocalDate.ofEpochDay(desiredDay[i]),
				Instant.ofEpochSecond(registeredSecond[i], registeredNano[i]));
	}

	/** The entry's 1-based position, or empty when it is not waiting here. */
	public Optional<Integer> position(UUID entryId) {
		long high = entryId.getMostSignificantBits();
		long low = entryId.getLeastSignificantBits();
		int from = 0;
		int to = byIdHigh.length - 1;
		while (from <= to) {
			int middle = (from + to) >>> 1;
			int compared = compareIds(byIdHigh[middle], byIdLow[middle], high, low);
			if (compared < 0) {
				from = middle + 1;
			}
			else if (compared > 0) {
				to = middle - 1;
			}
			else {
				return Optional.of(byIdIndex[middle] + 1);
			}
		}
		return Optional.empty();
	}

	/** As {@link UUID#compareTo} orders ids. */
	private static int compareIds(long highA, long lowA, long highB, long lowB) {
		int compared = Long.compare(highA, highB);
		return compared != 0 ? compared : Long.compare(lowA, lowB);
	}

	/**
	 * The entry's position and why it stands there rather than one place higher: what set it behind the
	 * entry just ahead, and how many others share everything the rule compares but the registration order.
	 */
	public Optional<Standing> standing(UUID entryId) {
		return position(entryId).map(position -> {
			RankKey key = at(position);
			Optional<Criterion> decidedBy = position == 1 ? Optional.empty() : rule.decidedBy(at(position - 1), key);
			int tied = 0;
			for (int p = position - 1; p >= 1 && rule.decidedBy(at(p), key).isEmpty(); p--) {
				tied++;
			}
			for (int p = position + 1; p <= size() && rule.decidedBy(key, at(p)).isEmpty(); p++) {
				tied++;
			}
			return new Standing(position, size(), decidedBy, tied);
		});
	}

	/**
	 * Where an entry stands for one alternative.
	 *
	 * @param position 1 is next in line
	 * @param waiting how many wait for the alternative in all
	 * @param decidedBy what set the entry behind the one just ahead; empty when first, or when only the
	 *        order of registration did
	 * @param tiedWith how many others equal the entry on every criterion, so that the order of registration
	 *        decides between them
	 */
	public record Standing(int position, int waiting, Optional<Criterion> decidedBy, int tiedWith) {

		/** The message key that explains the position to the applicant. */
		public String explanationKey() {
			if (position == 1) {
				return "queues.standing.first";
			}
			return decidedBy.map(criterion -> "queues.standing.behind-by." + criterion.code())
					.orElse("queues.standing.tied");
		}
	}
}
