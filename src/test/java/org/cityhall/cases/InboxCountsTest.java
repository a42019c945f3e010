package org.cityhall.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The inbox tabs' counts are kept a few seconds, and dropped when a case of the department changes. */
class InboxCountsTest {

	private final AtomicLong now = new AtomicLong();
	private final InboxCounts counts = new InboxCounts(Duration.ofSeconds(5), now::get);
	private final AtomicInteger counted = new AtomicInteger();

	private Map<CaseLists.Filter, Long> count() {
		Map<CaseLists.Filter, Long> found = new EnumMap<>(CaseLists.Filter.class);
		found.put(CaseLists.Filter.OPEN, (long) counted.incrementAndGet());
		return found;
	}

	@Test
	void countsAreKeptWhileFreshAndCountedAgainAfterwards() {
		assertThat(counts.of("city-planning", "officer-a", this::count)).containsEntry(CaseLists.Filter.OPEN, 1L);
		now.addAndGet(Duration.ofSeconds(4).toNanos());
		assertThat(counts.of("city-planning", "officer-a", this::count)).containsEntry(CaseLists.Filter.OPEN, 1L);
		now.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(counts.of("city-planning", "officer-a", this::count)).containsEntry(CaseLists.Filter.OPEN, 2L);
	}

	@Test
	void eachOfficerHasTheirOwnCountsForTheirOwnCases() {
		counts.of("city-planning", "officer-a", this::count);
		assertThat(counts.of("city-planning", "officer-b", this::count)).containsEntry(CaseLists.Filter.OPEN, 2L);
		assertThat(counts.of("environment", "officer-a", this::count)).containsEntry(CaseLists.Filter.OPEN, 3L);
	}

	@Test
	void aChangedCaseOfTheDepartmentIsCountedOnTheNextPageAndOtherDepartmentsKeepTheirs() {
		counts.of("city-planning", "officer-a", this::count);
		counts.of("environment", "officer-a", this::count);
		counts.changed("city-planning");
		assertThat(counts.of("city-planning", "officer-a", this::count)).containsEntry(CaseLists.Filter.OPEN, 3L);
		assertThat(counts.of("environment", "officer-a", this::count)).containsEntry(CaseLists.Filter.OPEN, 2L);
	}

	@Test
	void countsMadeWhileACaseChangedAreNotKept() {
		counts.of("city-planning", "officer-a", () -> {
			counts.changed("city-planning");
			return count();
		});
		assertThat(counts.of("city-planning", "officer-a", this::count)).containsEntry(CaseLists.Filter.OPEN, 2L);
	}

	@Test
	void withoutATimeToKeepThemEveryPageCounts() {
		InboxCounts never = new InboxCounts(Duration.ZERO, now::get);
		never.of("city-planning", "officer-a", this::count);
		assertThat(never.of("city-planning", "officer-a", this::count)).containsEntry(CaseLists.Filter.OPEN, 2L);
	}
}
