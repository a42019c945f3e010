package org.cityhall.identity.login;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.cityhall.shared.LeastRecentlyUsed;
import org.springframework.stereotype.Component;

/**
 * How often visitors may ask for and try codes: at most {@value #CODES_PER_ADDRESS} codes to one
 * address per 15 minutes and {@value #CODES_PER_CLIENT} per client address per hour, and
 * {@value #CHECKS_PER_CLIENT} codes tried per client address per minute. Each limit is a token
 * bucket refilled in full at the end of its period. The client address is the request's remote
 * address: behind a proxy, {@code server.forward-headers-strategy} must make it the visitor's.
 * <p>
 * The buckets live in this node's memory, which is enough for one node: behind a load balancer
 * each node counts on its own, so the limits multiply by the number of nodes and reset when a node
 * restarts. Several nodes need the buckets in a shared store (bucket4j's PostgreSQL or Redis
 * integrations). Each limit remembers the 100,000 keys used most recently; an older key
 * starts afresh.
 */
@Component
class VisitorRateLimits {

	static final int CODES_PER_ADDRESS = 3;
	static final int CODES_PER_CLIENT = 20;
	static final int CHECKS_PER_CLIENT = 10;
	private static final int MAX_KEYS = 100_000;

	private final Limit codesPerAddress = new Limit(CODES_PER_ADDRESS, Duration.ofMinutes(15));
	private final Limit codesPerClient = new Limit(CODES_PER_CLIENT, Duration.ofHours(1));
	private final Limit checksPerClient = new Limit(CHECKS_PER_CLIENT, Duration.ofMinutes(1));

	/**
	 * Counts a code to be sent to the address at the client's request.
	 *
	 * @return empty if it may be sent, otherwise how long until one may
	 */
	Optional<Duration> sendingCode(String clientAddress, VisitorEmailAddress email) {
		Optional<Duration> client = codesPerClient.take(clientAddress);
		return client.isPresent() ? client : codesPerAddress.take(email.value());
	}

	/**
	 * Counts a code the client tries.
	 *
	 * @return empty if it may be checked, otherwise how long until one may
	 */
	Optional<Duration> checkingCode(String clientAddress) {
		return checksPerClient.take(clientAddress);
	}

	private static final class Limit {

		private final int capacity;
		private final Duration period;
		private final Map<String, Bucket> buckets = new LeastRecentlyUsed<>(1024, MAX_KEYS);

		Limit(int capacity, Duration period) {
			this.capacity = capacity;
			this.period = period;
		}

		Optional<Duration> take(String key) {
			Bucket bucket;
			synchronized (buckets) {
				bucket = buckets.computeIfAbsent(key, any -> Bucket.builder()
						.addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, period))
						.build());
			}
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}
}
