package org.cityhall.notifications.delivery;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** UUID version 7: the time in milliseconds first, then random bits, so rows are written in order. */
final class Ids {

	private static final SecureRandom random = new SecureRandom();

	private Ids() {
	}

	static UUID next(Clock clock) {
		long millis = clock.millis();
		long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}
}
