package org.cityhall.queues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.cityhall.queues.OrderIndex.Standing;
import org.cityhall.queues.RankingRule.Criterion;
import org.cityhall.queues.RankingRule.RankKey;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ranking rule orders entries by its criteria, each deciding only where those before it tie; the
 * position and its explanation follow from that order, whatever the entries. Small domains (three
 * groups, five queue dates, a few seconds of registration) make ties common.
 */
class RankingPropertyTest {

	private static final RankingRule PRESCHOOL = RankingRule.parse("priority-group,queue-date,registered-at");

	@Property
	void theOrderIsTheSameWhateverOrderTheEntriesArriveIn(@ForAll("entries") List<RankKey> entries, @ForAll("rules") RankingRule rule,
			@ForAll long seed) {
		List<RankKey> shuffled = new ArrayList<>(entries);
		Collections.shuffle(shuffled, new Random(seed));

		OrderIndex once = new OrderIndex(rule, entries);
		OrderIndex again = new OrderIndex(rule, shuffled);

		for (int position = 1; position <= entries.size(); position++) {
			assertThat(again.at(position)).isEqualTo(once.at(position));
		}
	}

	@Property
	void aLowerPriorityGroupIsAlwaysAheadWhateverTheQueueDate(@ForAll("entries") List<RankKey> entries) {
		OrderIndex index = new OrderIndex(PRESCHOOL, entries);

		for (RankKey a : entries) {
			for (RankKey b : entries) {
				if (a.priorityGroup() < b.priorityGroup()) {
					assertThat(index.position(a.entryId()).orElseThrow()).isLessThan(index.position(b.entryId()).orElseThrow());
				}
			}
		}
	}

	@Property
	void withinAGroupTheEarlierQueueDateIsAheadAndThenTheEarlierRegistration(@ForAll("entries") List<RankKey> entries) {
		OrderIndex index = new OrderIndex(PRESCHOOL, entries);

		for (int position = 2; position <= index.size(); position++) {
			RankKey ahead = index.at(position - 1);
			RankKey behind = index.at(position);
			if (ahead.priorityGroup() == behind.priorityGroup()) {
				assertThat(ahead.queueDate()).isBeforeOrEqualTo(behind.queueDate());
				if (ahead.queueDate().equals(behind.queueDate())) {
					assertThat(ahead.registeredAt()).isBeforeOrEqualTo(behind.registeredAt());
				}
			}
		}
	}

	@Property
	void aPositionIsOneMoreThanTheEntriesTheRulePutsAhead(@ForAll("entries") List<RankKey> entries, @ForAll("rules") RankingRule rule) {
		OrderIndex index = new OrderIndex(rule, entries);

		for (RankKey entry : entries) {
			long ahead = entries.stream().filter(other -> rule.order().compare(other, entry) < 0).count();
			assertThat(index.position(entry.entryId())).contains((int) ahead + 1);
		}
	}

	@Property
	void aTieIsExplainedByTheFirstCriterionThatDiffersAndCountsThoseEqualOnEveryCriterion(
			@ForAll("entries") List<RankKey> entries, @ForAll("rules") RankingRule rule) {
		OrderIndex index = new OrderIndex(rule, entries);

		for (RankKey entry : entries) {
			Standing standing = index.standing(entry.entryId()).orElseThrow();
			long equalOnEveryCriterion = entries.stream()
					.filter(other -> other != entry && rule.criteria().stream().allMatch(c -> same(c, other, entry)))
					.count();
			assertThat(standing.tiedWith()).isEqualTo((int) equalOnEveryCriterion);
			assertThat(standing.waiting()).isEqualTo(entries.size());
			if (standing.position() == 1) {
				assertThat(standing.explanationKey()).isEqualTo("queues.standing.first");
			}
			else {
				RankKey ahead = index.at(standing.position() - 1);
				Optional<Criterion> first = rule.criteria().stream().filter(c -> !same(c, ahead, entry)).findFirst();
				assertThat(standing.decidedBy()).isEqualTo(first);
				assertThat(standing.explanationKey()).isEqualTo(
						first.map(c -> "queues.standing.behind-by." + c.code()).orElse("queues.standing.tied"));
			}
		}
	}

	@Property
	void aRuleReadsBackAsWritten(@ForAll("rules") RankingRule rule) {
		assertThat(RankingRule.parse(rule.written())).isEqualTo(rule);
	}

	@Property
	void anEntryNotWaitingHasNoPosition(@ForAll("entries") List<RankKey> entries) {
		assertThat(new OrderIndex(PRESCHOOL, entries).position(UUID.randomUUID())).isEmpty();
	}

	private static boolean same(Criterion criterion, RankKey a, RankKey b) {
		return switch (criterion) {
			case PRIORITY_GROUP -> a.priorityGroup() == b.priorityGroup();
			case QUEUE_DATE -> a.queueDate().equals(b.queueDate());
			case DESIRED_START -> java.util.Objects.equals(a.desiredStart(), b.desiredStart());
			case REGISTERED_AT -> a.registeredAt().equals(b.registeredAt());
		};
	}

	@Provide
	Arbitrary<List<RankKey>> entries() {
		Arbitrary<RankKey> key = Combinators.combine(Arbitraries.integers().between(0, 2),
				Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3).injectNull(0.3),
				Arbitraries.integers().between(0, 3))
				.as((group, day, start, second) -> new RankKey(UUID.randomUUID(), group, LocalDate.of(2026, 3, 1).plusDays(day),
						start == null ? null : LocalDate.of(2026, 8, 1).plusDays(start),
						Instant.parse("2026-03-01T08:00:00Z").plusSeconds(second)));
		return key.list().ofMinSize(0).ofMaxSize(25);
	}

	@Provide
	Arbitrary<RankingRule> rules() {
		return Arbitraries.of(Criterion.values()).list().uniqueElements().ofMinSize(1).ofMaxSize(4).map(RankingRule::new);
	}
}
