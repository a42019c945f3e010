package org.cityhall.queues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a queue orders its entries: criteria in order, each deciding only where all before it are equal.
 * Whatever the criteria, the entry's id (time-ordered, so the earlier registration) settles what is
 * still tied, so the order is total and the same on every node. Written in the queue's row as
 * {@code priority-group,queue-date,registered-at}.
 */
public record RankingRule(List<Criterion> criteria) {

	public RankingRule {
		criteria = List.copyOf(criteria);
		if (criteria.isEmpty() || criteria.stream().distinct().count() != criteria.size()) {
			throw new IllegalArgumentException("a ranking rule names one or more criteria, each once: " + criteria);
		}
	}

	/** The rule as a queue's row writes it; an unknown criterion is refused, naming it. */
	public static RankingRule parse(String written) {
		List<Criterion> criteria = new ArrayList<>();
		for (String part : written.split(",")) {
			criteria.add(Criterion.parse(part.strip()));
		}
		return new RankingRule(criteria);
	}

	public String written() {
		return String.join(",", criteria.stream().map(Criterion::code).toList());
	}

	/** Better first. */
	public Comparator<RankKey> order() {
		Comparator<RankKey> order = null;
		for (Criterion criterion : criteria) {
			order = order == null ? criterion.order : order.thenComparing(criterion.order);
		}
		return order.thenComparing(RankKey::entryId);
	}

	/**
	 * Why {@code behind} comes after {@code ahead}: the first criterion that tells them apart, or empty
	 * when every criterion is equal and only the order of registration (the entry's id) decides.
	 */
	public java.util.Optional<Criterion> decidedBy(RankKey ahead, RankKey behind) {
		return criteria.stream().filter(criterion -> criterion.order.compare(ahead, behind) != 0).findFirst();
	}

	/** One thing entries are compared on. */
	public enum Criterion {
		/** Lower group first: siblings, medical or social needs and exceptions get a lower group than the rest. */
		PRIORITY_GROUP(Comparator.comparingInt(RankKey::priorityGroup)),
		/** The earlier queue date first: kept when choices change. */
		QUEUE_DATE(Comparator.comparing(RankKey::queueDate)),
		/** The earlier wished start first. */
		DESIRED_START(Comparator.comparing(RankKey::desiredStart, Comparator.nullsLast(Comparator.naturalOrder()))),
		/** The earlier moment of registration first. */
		REGISTERED_AT(Comparator.comparing(RankKey::registeredAt));

		private final Comparator<RankKey> order;

		Criterion(Comparator<RankKey> order) {
			this.order = order;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Criterion parse(String code) {
			for (Criterion criterion : values()) {
				if (criterion.code().equals(code)) {
					return criterion;
				}
			}
			throw new IllegalArgumentException("no ranking criterion '" + code + "'; known are priority-group, queue-date, "
					+ "desired-start and registered-at");
		}
	}

	/** What the rule compares of an entry. */
	public record RankKey(java.util.UUID entryId, int priorityGroup, java.time.LocalDate queueDate,
			java.time.LocalDate desiredStart, java.time.Instant registeredAt) {

		public RankKey {
			Objects.requireNonNull(entryId, "entryId");
			Objects.requireNonNull(queueDate, "queueDate");
			Objects.requireNonNull(registeredAt, "registeredAt");
		}
	}
}
