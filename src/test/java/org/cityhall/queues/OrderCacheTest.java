package org.cityhall.queues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The order indexes nodes keep in memory: a change made anywhere is seen by the next read on every node,
 * a change rolled back is never seen, and changes to the same alternatives in opposite orders at once do
 * not deadlock. A second node is a second {@link Queues} on the same database, with a cache of its own.
 */
@CityHallWebTest
class OrderCacheTest {

	private static final RankingRule RULE = RankingRule.parse("priority-group,queue-date,registered-at");

	@Autowired
	QueueEntries entries;

	@Autowired
	Queues queues;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private Alternative a;
	private Alternative b;

	@BeforeEach
	void twoAlternativesOfThisTest() {
		a = alternative("A");
		b = alternative("B");
	}

	@Test
	void aNewEntryAheadMovesThoseBehindOnEveryNode() {
		Queues otherNode = new Queues(jdbc, 1_000);
		Entry first = register(LocalDate.of(2026, 5, 1), 2, a);
		assertThat(queues.orderFor(a, RULE).position(first.id())).contains(1);
		assertThat(otherNode.orderFor(a, RULE).position(first.id())).contains(1);

		Entry ahead = register(LocalDate.of(2026, 4, 1), 2, a);

		assertThat(queues.orderFor(a, RULE).position(first.id())).contains(2);
		assertThat(otherNode.orderFor(a, RULE).position(first.id())).contains(2);
		assertThat(otherNode.orderFor(a, RULE).position(ahead.id())).contains(1);
	}

	@Test
	void withdrawingChangingChoicesAndExceptionsAreSeenAtOnce() {
		Entry first = register(LocalDate.of(2026, 4, 1), 2, a, b);
		Entry second = register(LocalDate.of(2026, 5, 1), 2, a, b);
		assertThat(queues.orderFor(b, RULE).position(second.id())).contains(2);

		entries.changeChoices(first.reference(), actorOf(first), List.of(a.id()), false);
		assertThat(queues.orderFor(b, RULE).position(second.id())).contains(1);
		assertThat(queues.orderFor(b, RULE).position(first.id())).isEmpty();

		entries.makeException(second.reference(), actorOf(second), 1, "Medical needs, certificate on file");
		assertThat(queues.orderFor(a, RULE).position(second.id())).contains(1);

		entries.withdraw(second.reference(), actorOf(second));
		assertThat(queues.orderFor(a, RULE).position(first.id())).contains(1);
		assertThat(queues.orderFor(a, RULE).size()).isEqualTo(1);
	}

	@Test
	void aChangeRolledBackIsNeverSeen() {
		Entry first = register(LocalDate.of(2026, 5, 1), 2, a);
		assertThat(queues.orderFor(a, RULE).position(first.id())).contains(1);

		transactions.executeWithoutResult(status -> {
			Entry ahead = register(LocalDate.of(2026, 4, 1), 2, a);
			// Inside the change's own transaction, the change is seen...
			assertThat(queues.orderFor(a, RULE).position(ahead.id())).contains(1);
			status.setRollbackOnly();
		});

		// ...and after the rollback, neither this node nor a new one sees it.
		assertThat(queues.orderFor(a, RULE).position(first.id())).contains(1);
		assertThat(queues.orderFor(a, RULE).size()).isEqualTo(1);
		assertThat(new Queues(jdbc, 1_000).orderFor(a, RULE).size()).isEqualTo(1);
	}

	@Test
	void changesToTheSameAlternativesInOppositeOrdersDoNotDeadlock() throws Exception {
		Entry one = register(LocalDate.of(2026, 4, 1), 2, a, b);
		Entry other = register(LocalDate.of(2026, 4, 2), 2, b, a);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Void> swapOne = () -> {
				for (int i = 0; i < 15; i++) {
					entries.changeChoices(one.reference(), actorOf(one), i % 2 == 0 ? List.of(b.id(), a.id()) : List.of(a.id(), b.id()),
							false);
				}
				return null;
			};
			Callable<Void> swapOther = () -> {
				for (int i = 0; i < 15; i++) {
					entries.changeChoices(other.reference(), actorOf(other),
							i % 2 == 0 ? List.of(a.id(), b.id()) : List.of(b.id(), a.id()), false);
				}
				return null;
			};
			List<Future<Void>> done = pool.invokeAll(List.of(swapOne, swapOther));
			for (Future<Void> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(queues.orderFor(a, RULE).position(one.id())).contains(1);
		assertThat(queues.orderFor(b, RULE).position(other.id())).contains(2);
	}

	private Entry register(LocalDate queueDate, int group, Alternative... choices) {
		String reference = "T-" + UuidCreator.getTimeOrderedEpoch();
		return entries.register(new QueueEntries.Registration("preschool", reference, new Party.Anonymous(reference, null),
				new Party.Anonymous("child-" + reference, null), Optional.empty(), queueDate, group, Optional.empty(),
				Optional.empty(), java.util.Arrays.stream(choices).map(Alternative::id).toList(), false, Optional.empty(),
				Optional.empty()));
	}

	private static Actor actorOf(Entry entry) {
		return new Actor(entry.applicant(), entry.subject(), Actor.Representation.SELF, java.util.Set.of(), LevelOfAssurance.LOA3);
	}

	private Alternative alternative(String name) {
		String id = "test-" + UuidCreator.getTimeOrderedEpoch();
		queues.insertAlternative(new Alternative(id, "preschool", "Test " + name, "Test", Map.of()));
		jdbc.sql("UPDATE queues_alternative SET published = false WHERE id = ?").param(id).update();
		return queues.alternative(id).orElseThrow();
	}
}
