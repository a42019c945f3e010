package org.cityhall.billing.jdbc;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 (RFC 9562) for billing's rows: 48 bits of Unix milliseconds, the version, 12 bits
 * of counter, the variant and 62 random bits, so ids made in one process sort in the order they
 * were made.
 */
public final class TimeOrderedIds {

	private static final long MAX_COUNTER = 0xFFF;

	private final Clock clock;
	private long lastMillis = -1;
	private long counter;

	public TimeOrderedIds(Clock clock) {
		this.clock = clock;
	}

	public UUID next() {
		long millis;
		long sequence;
		synchronized (this) {
			millis = Math.max(clock.millis(), lastMillis);
			if (millis == lastMillis) {
				counter++;
				if (counter > MAX_COUNTER) {
					// More than 4,096 ids in one millisecond: borrow the next one to stay in order.
					millis++;
					counter = 0;
				}
			}
			else {
				counter = 0;
			}
			lastMillis = millis;
			sequence = counter;
		}
		long mostSignificant = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | sequence;
		long leastSignificant = ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
		return new UUID(mostSignificant, leastSignificant);
	}
}
