package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {

	@Test
	void oneMoreThanItKeepsDropsTheLeastRecentlyUsed() {
		Map<String, Integer> kept = new LeastRecentlyUsed<>(4, 2);
		kept.put("first", 1);
		kept.put("second", 2);
		kept.get("first");
		kept.put("third", 3);

		assertThat(kept).containsOnlyKeys("first", "third");
	}

	@Test
	void itKeepsAtLeastOne() {
		assertThatThrownBy(() -> new LeastRecentlyUsed<String, String>(4, 0)).isInstanceOf(IllegalArgumentException.class);
	}
}
