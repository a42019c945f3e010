package org.cityhall.feedback.open311;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * The rate of requests without an API key, counted per address in a token bucket that refills in a minute.
 * A bucket idle for that minute is full again, so forgetting it loses nothing: idle buckets are swept away
 * once a minute, and memory stays bounded however many addresses come by. Should more than {@code most}
 * addresses be busy within one minute (a spray of addresses), the addresses beyond them share one bucket,
 * so they are still limited.
 */
final class AddressBuckets {

	private static final Duration REFILL = Duration.ofMinutes(1);
	private static final String OVERFLOW = "";

	private final Map<String, Tracked> buckets = new ConcurrentHashMap<>();
	private final int perMinute;
	private final int most;
	private final Clock clock;
	private final AtomicLong lastSweep;

	private record Tracked(Bucket bucket, AtomicLong lastUsed) {
	}

	AddressBuckets(int perMinute, int most, Clock clock) {
		if (perMinute < 1 || most < 1) {
			throw new IllegalArgumentException("a rate and a number of addresses are at least 1, were " + perMinute + " and " + most);
		}
		this.perMinute = perMinute;
		this.most = most;
		this.clock = clock;
		this.lastSweep = new AtomicLong(clock.millis());
	}

	/** Takes one request from the address's bucket: false when the address has used its rate. */
	boolean tryRequest(String address) {
		long now = clock.millis();
		sweepIfDue(now);
		String key = buckets.containsKey(address) || buckets.size() < most ? address : OVERFLOW;
		Tracked tracked = buckets.computeIfAbsent(key, k -> new Tracked(bucket(perMinute), new AtomicLong(now)));
		tracked.lastUsed().set(now);
		return tracked.bucket().tryConsume(1);
	}

	/** How many buckets are kept now. */
	int tracked() {
		return buckets.size();
	}

	private void sweepIfDue(long now) {
		long last = lastSweep.get();
		// Full, a sweep may free room for new addresses, but at most once a second: a sweep walks every bucket.
		boolean due = now - last >= REFILL.toMillis() || (buckets.size() >= most && now - last >= 1000);
		if (due && lastSweep.compareAndSet(last, now)) {
			long idleSince = now - REFILL.toMillis();
			buckets.values().removeIf(tracked -> tracked.lastUsed().get() <= idleSince);
		}
	}

	static Bucket bucket(int perMinute) {
		return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, REFILL).build()).build();
	}
}
