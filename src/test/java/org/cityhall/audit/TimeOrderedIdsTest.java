package org.cityhall.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cityhall.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

	private static final Instant NOW = Instant.parse("2026-11-26T17:05:00.123Z");

	@Test
	void idsAreVersionSevenWithTheTimeInTheirFirst48Bits() {
		UUID id = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC)).next();

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
	}

	@Test
	void idsSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
		TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			made.add(ids.next().toString());
		}

		assertThat(made).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aClockThatStepsBackDoesNotBreakTheOrder() {
		MutableClock clock = new MutableClock(NOW);
		TimeOrderedIds ids = new TimeOrderedIds(clock);
		String before = ids.next().toString();
		clock.set(NOW.minusSeconds(1));
		String after = ids.next().toString();

		assertThat(after).isGreaterThan(before);
	}
}
