package org.cityhall.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.cityhall.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The per-address buckets of Open311's requests without a key: limited, and forgotten once idle, so memory stays bounded. */
class AddressBucketsTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

	@Test
	void anAddressIsLimitedToItsRate() {
		AddressBuckets buckets = new AddressBuckets(3, 100, clock);
		assertThat(buckets.tryRequest("192.0.2.1")).isTrue();
		assertThat(buckets.tryRequest("192.0.2.1")).isTrue();
		assertThat(buckets.tryRequest("192.0.2.1")).isTrue();
		assertThat(buckets.tryRequest("192.0.2.1")).isFalse();
		assertThat(buckets.tryRequest("192.0.2.2")).as("another address has its own bucket").isTrue();
	}

	@Test
	void bucketsIdleForAMinuteAreForgotten() {
		AddressBuckets buckets = new AddressBuckets(10, 100_000, clock);
		for (int i = 0; i < 1000; i++) {
			buckets.tryRequest("198.51.100." + i);
		}
		assertThat(buckets.tracked()).isEqualTo(1000);
		clock.advance(Duration.ofSeconds(30));
		buckets.tryRequest("203.0.113.1");
		assertThat(buckets.tracked()).as("not yet idle for a minute").isEqualTo(1001);
		clock.advance(Duration.ofSeconds(31));
		buckets.tryRequest("203.0.113.1");
		assertThat(buckets.tracked()).as("only the address used within the minute is kept").isEqualTo(1);
	}

	@Test
	void addressesBeyondTheMostShareOneLimitedBucket() {
		AddressBuckets buckets = new AddressBuckets(5, 10, clock);
		for (int i = 0; i < 10; i++) {
			buckets.tryRequest("198.51.100." + i);
		}
		int allowed = 0;
		for (int i = 10; i < 100; i++) {
			allowed += buckets.tryRequest("198.51.100." + i) ? 1 : 0;
		}
		assertThat(buckets.tracked()).isLessThanOrEqualTo(11);
		assertThat(allowed).as("ninety new addresses within the minute share one bucket of five").isEqualTo(5);
	}
}
