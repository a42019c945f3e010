package org.cityhall.bench.jmh;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.cityhall.queues.OrderIndex;
import org.cityhall.queues.RankingRule;
import org.cityhall.queues.RankingRule.RankKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where a member stands in a queue, as the queue grows from 10,000 to 100,000 to 1,000,000 entries:
 * {@link OrderIndex#position} (a binary search in the queue's order) against counting the entries
 * ahead one by one — what {@code SELECT count(*) ... WHERE <ranks ahead>} does in PostgreSQL, without
 * the I/O — and against the bare lookup of the entry by id ({@link #baseline}). Also ranking one
 * listing's 1,500 interested members, and the ranking half of an offer round over 100 pre-schools of
 * 300 waiting each. Every queue is made in {@link Members#make} with a fixed seed: queue dates over
 * twenty years, a third of the entries sharing a date with another, registration times within the day.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
public class QueuePositionBenchmark {

	static final RankingRule HOUSING = RankingRule.parse("queue-date,registered-at");
	static final RankingRule PRESCHOOL = RankingRule.parse("priority-group,queue-date,registered-at");
	static final int LOOKUPS = 1024;

	/** A queue of some size, its order index, and the ids of members to look up, spread over the whole queue. */
	abstract static class Members {

		OrderIndex index;
		RankKey[] keys;
		UUID[] lookups = new UUID[LOOKUPS];
		Map<UUID, RankKey> byId;
		int next;

		void make(int size) {
			keys = keys(size, HOUSING, new Random(size));
			index = new OrderIndex(HOUSING, List.of(keys));
			byId = new HashMap<>(size * 2);
			for (RankKey key : keys) {
				byId.put(key.entryId(), key);
			}
			Random random = new Random(42);
			for (int i = 0; i < LOOKUPS; i++) {
				lookups[i] = keys[random.nextInt(size)].entryId();
			}
			// The index must agree with counting: check a few before measuring anything.
			for (int i = 0; i < 8; i++) {
				if (index.position(lookups[i]).orElseThrow() != countAhead(lookups[i]) + 1) {
					throw new IllegalStateException("the order index and the count disagree at " + size);
				}
			}
		}

		UUID nextId() {
			return lookups[next++ & (LOOKUPS - 1)];
		}

		int countAhead(UUID id) {
			RankKey me = byId.get(id);
			var order = HOUSING.order();
			int ahead = 0;
			for (RankKey key : keys) {
				if (order.compare(key, me) < 0) {
					ahead++;
				}
			}
			return ahead;
		}
	}

	@State(Scope.Benchmark)
	public static class Members10k extends Members {
		@Setup
		public void setUp() {
			make(10_000);
		}
	}

	@State(Scope.Benchmark)
	public static class Members100k extends Members {
		@Setup
		public void setUp() {
			make(100_000);
		}
	}

	@State(Scope.Benchmark)
	public static class Members1M extends Members {
		@Setup
		public void setUp() {
			make(1_000_000);
		}
	}

	/** One listing's interested members, and 100 pre-schools' waiting entries. */
	@State(Scope.Benchmark)
	public static class Listings {

		List<RankKey> listing;
		List<List<RankKey>> preschools = new ArrayList<>();

		@Setup
		public void setUp() {
			listing = List.of(keys(1_500, HOUSING, new Random(1)));
			for (int i = 0; i < 100; i++) {
				preschools.add(List.of(keys(300, PRESCHOOL, new Random(100 + i))));
			}
		}
	}

	static RankKey[] keys(int size, RankingRule rule, Random random) {
		RankKey[] keys = new RankKey[size];
		LocalDate first = LocalDate.of(2006, 1, 1);
		Instant morning = Instant.parse("2006-01-01T07:00:00Z");
		for (int i = 0; i < size; i++) {
			int day = random.nextInt(20 * 365);
			keys[i] = new RankKey(new UUID(random.nextLong(), random.nextLong()), random.nextInt(3), first.plusDays(day), null,
					morning.plusSeconds(day * 86_400L + random.nextInt(36_000)));
		}
		return keys;
	}

	@Benchmark
	public Object baseline(Members1M members) {
		return members.byId.get(members.nextId());
	}

	@Benchmark
	public Object position10k(Members10k members) {
		return members.index.position(members.nextId());
	}

	@Benchmark
	public Object position100k(Members100k members) {
		return members.index.position(members.nextId());
	}

	@Benchmark
	public Object position1M(Members1M members) {
		return members.index.position(members.nextId());
	}

	@Benchmark
	public int countAhead10k(Members10k members) {
		return members.countAhead(members.nextId());
	}

	@Benchmark
	public int countAhead100k(Members100k members) {
		return members.countAhead(members.nextId());
	}

	@Benchmark
	public int countAhead1M(Members1M members) {
		return members.countAhead(members.nextId());
	}

	@Benchmark
	public Object rankListing1500(Listings listings) {
		return new OrderIndex(HOUSING, listings.listing);
	}

	@Benchmark
	public int offerRound100Preschools(Listings listings) {
		int offered = 0;
		for (List<RankKey> waiting : listings.preschools) {
			offered += new OrderIndex(PRESCHOOL, waiting).at(1).priorityGroup() >= 0 ? 1 : 0;
		}
		return offered;
	}
}
