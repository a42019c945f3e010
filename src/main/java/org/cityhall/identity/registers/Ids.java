package org.cityhall.identity.registers;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** UUID version 7 (RFC 9562): the milliseconds of its making first, so ids sort roughly by time. */
final class Ids {

	private Ids() {
	}

	static UUID next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long mostSignificant = (System.currentTimeMillis() & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | random.nextInt(0x1000);
		long leastSignificant = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
		return new UUID(mostSignificant, leastSignificant);
	}
}
