package org.cityhall.queues;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.queues.RankingRule.Criterion;
import org.cityhall.queues.RankingRule.RankKey;

/**
 * The entries waiting for one alternative, in the queue's order, for positions in logarithmic time:
 * a position is a binary search, not a count of the rows ahead, so it costs the same for the first and
 * the millionth in line (see docs/queues.md for why positions are not stored).
 */
public final class OrderIndex {

	private final RankingRule rule;
	private final Comparator<RankKey> order;
	private final RankKey[] sorted;
	private final Map<UUID, RankKey> byEntry;

	public OrderIndex(RankingRule rule, Collection<RankKey> keys) {
		this.rule = rule;
		this.order = rule.order();
		this.sorted = keys.toArray(RankKey[]::new);
		Arrays.sort(sorted, order);
		this.byEntry = new HashMap<>(keys.size() * 2);
		for (RankKey key : sorted) {
			byEntry.put(key.entryId(), key);
		}
	}

	public int size() {
		return sorted.length;
	}

	/** The entry at the 1-based position. */
	public RankKey at(int position) {
		return sorted[position - 1];
	}

	/** The entry's 1-based position, or empty when it is not waiting here. */
	public Optional<Integer> position(UUID entryId) {
		RankKey key = byEntry.get(entryId);
		if (key == null) {
			return Optional.empty();
		}
		return Optional.of(Arrays.binarySearch(sorted, key, order) + 1);
	}

	/**
	 * The entry's position and why it stands there rather than one place higher: what set it behind the
	 * entry just ahead, and how many others share everything the rule compares but the registration order.
	 */
	public Optional<Standing> standing(UUID entryId) {
		return position(entryId).map(position -> {
			RankKey key = sorted[position - 1];
			Optional<Criterion> decidedBy = position == 1 ? Optional.empty() : rule.decidedBy(sorted[position - 2], key);
			int tied = 0;
			for (int i = position - 2; i >= 0 && rule.decidedBy(sorted[i], key).isEmpty(); i--) {
				tied++;
			}
			for (int i = position; i < sorted.length && rule.decidedBy(key, sorted[i]).isEmpty(); i++) {
				tied++;
			}
			return new Standing(position, sorted.length, decidedBy, tied);
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
