package org.cityhall.bench.jmh;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.cityhall.identity.Vehicle;
import org.cityhall.permits.PermitValidity;
import org.cityhall.permits.warden.PlateIndex;
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
 * The warden's lookup, as each node answers it: {@link PlateIndex#check} in an index of 60,000 permits
 * (the same set as bench/scenarios/permits: plates BBA000…, four zones, a paid quarter each, one in
 * twenty with a rental car), for plates as typed (normalised first, as the API does) — a valid permit,
 * a temporary vehicle, another zone, no permit — against {@link #baseline}, a bare HashMap lookup of
 * the same plates. Throughput, one thread; the report gives ns/op too. The target is under 10 µs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
public class PermitLookupBenchmark {

	static final int PERMITS = 60_000;
	static final String[] ZONES = {"S", "K", "V", "O"};

	@State(Scope.Benchmark)
	public static class Index {

		PlateIndex index = new PlateIndex();
		java.util.Map<String, PermitValidity> plain = new java.util.HashMap<>();
		String[] typed = new String[1024];
		String[] normalised = new String[1024];
		long today = LocalDate.of(2026, 12, 1).toEpochDay();
		int next;

		@Setup
		public void load() {
			for (int i = 0; i < PERMITS; i++) {
				List<PermitValidity.Temporary> temporary = i % 20 == 0
						? List.of(new PermitValidity.Temporary(plate(i).replace('B', 'H'), today - 1, today + 5)) : List.of();
				PermitValidity permit = new PermitValidity("BENCH-" + i, ZONES[i % 4], plate(i),
						new long[] {today - i % 60, today - i % 60 + 89}, new long[0], Long.MAX_VALUE, Long.MAX_VALUE, temporary);
				index.put(UUID.nameUUIDFromBytes(("bench-permit-" + i).getBytes()), permit);
				plain.put(plate(i), permit);
			}
			java.util.Random random = new java.util.Random(9);
			for (int k = 0; k < typed.length; k++) {
				String plate = plate(random.nextInt(PERMITS));
				typed[k] = plate.substring(0, 3).toLowerCase() + " " + plate.substring(3);
				normalised[k] = plate;
			}
			if (!index.check("BBA000", "S", today).reason().valid() || index.check("ZZZ99Z", "S", today).reason().valid()
					|| !index.check("HHA000", "S", today).reason().valid() || index.check("BBA001", "S", today).reason().valid()) {
				throw new IllegalStateException("the index does not answer as the permits say");
			}
		}

		int next() {
			next = (next + 1) & (typed.length - 1);
			return next;
		}
	}

	static String plate(int i) {
		int letters = i / 1000;
		return "B" + (char) ('B' + letters / 26) + (char) ('A' + letters % 26) + String.format("%03d", i % 1000);
	}

	/** The bare lookup of a normalised plate in a HashMap of 60,000: the floor. */
	@Benchmark
	public Object baseline(Index state) {
		return state.plain.get(state.normalised[state.next()]);
	}

	/** A plate as typed ("bba 123"), normalised, looked up and judged for its own zone: the API's work minus HTTP. */
	@Benchmark
	public Object checkTypedInItsZone(Index state) {
		int k = state.next();
		return state.index.check(Vehicle.normalisePlate(state.typed[k]), ZONES[(k * 7) % 4], state.today);
	}

	/** A normalised plate with a valid permit in zone S. */
	@Benchmark
	public Object checkValid(Index state) {
		return state.index.check("BBA000", "S", state.today);
	}

	/** A temporary vehicle's plate, valid today. */
	@Benchmark
	public Object checkTemporary(Index state) {
		return state.index.check("HHA000", "S", state.today);
	}

	/** A plate no permit names. */
	@Benchmark
	public Object checkNoPermit(Index state) {
		return state.index.check("ZZZ99Z", "S", state.today);
	}
}
