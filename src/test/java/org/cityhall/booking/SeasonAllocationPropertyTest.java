package org.cityhall.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;


import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

class SeasonAllocationPropertyTest {

	@Test
	void youthActivitiesComeFirstThenHistoryThenTheOthersInTheOrderTheyApplied() {
		Instant early = Instant.parse("2027-01-01T08:00:00Z");
		SeasonAllocation.Request adultsFirstToApply = request("A", "18:00", "20:00", false, false, early);
		SeasonAllocation.Request heldItLastSeason = request("H", "19:00", "21:00", false, true, early.plusSeconds(60));
		SeasonAllocation.Request youthLast = request("Y", "17:00", "19:00", true, false, early.plusSeconds(3600));
		SeasonAllocation.Request lateButFree = request("L", "21:00", "22:00", false, false, early.plusSeconds(7200));

		List<SeasonAllocation.Decision> decisions = SeasonAllocation.allocate(
				List.of(adultsFirstToApply, heldItLastSeason, youthLast, lateButFree));

		assertThat(decisions).extracting(d -> d.request().reference() + (d.granted() ? "+" : "-"))
				.containsExactly("Y+", "H+", "A-", "L+");
		assertThat(decisions.get(1).yieldsTo()).isEmpty();
		assertThat(decisions.get(2).yieldsTo()).map(SeasonAllocation.Request::reference).contains("Y");
	}

	@Property
	void noTwoGrantedTimesOverlapAndEveryRefusalYieldsToAGrantThatRanksBefore(
			@ForAll("applications") @Size(max = 30) List<SeasonAllocation.Request> requests) {
		List<SeasonAllocation.Decision> decisions = SeasonAllocation.allocate(requests);

		List<SeasonAllocation.Request> granted = decisions.stream().filter(SeasonAllocation.Decision::granted)
				.map(SeasonAllocation.Decision::request).toList();
		for (int i = 0; i < granted.size(); i++) {
			for (int j = i + 1; j < granted.size(); j++) {
				assertThat(granted.get(i).overlaps(granted.get(j))).isFalse();
			}
		}
		decisions.stream().filter(decision -> !decision.granted()).forEach(refused -> {
			SeasonAllocation.Request winner = refused.yieldsTo().orElseThrow();
			assertThat(granted).contains(winner);
			assertThat(winner.overlaps(refused.request())).isTrue();
			assertThat(SeasonAllocation.ORDER.compare(winner, refused.request())).isNegative();
		});
		assertThat(decisions).hasSameSizeAs(requests);
	}

	@Property
	void theOutcomeDoesNotDependOnTheOrderApplicationsAreRead(
			@ForAll("applications") @Size(max = 30) List<SeasonAllocation.Request> requests) {
		List<SeasonAllocation.Request> shuffled = new ArrayList<>(requests);
		Collections.shuffle(shuffled);

		assertThat(SeasonAllocation.allocate(shuffled)).isEqualTo(SeasonAllocation.allocate(requests));
	}

	@Provide
	Arbitrary<List<SeasonAllocation.Request>> applications() {
		Arbitrary<SeasonAllocation.Request> one = Combinators.combine(
				Arbitraries.integers().between(0, 1_000_000),
				Arbitraries.of("HALL-1", "HALL-2"),
				Arbitraries.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
				Arbitraries.integers().between(16, 21),
				Arbitraries.integers().between(1, 3),
				Arbitraries.of(true, false),
				Arbitraries.of(true, false),
				Arbitraries.integers().between(0, 50))
				.as((n, hall, day, hour, length, youth, history, minute) -> new SeasonAllocation.Request("R" + n, hall, day,
						LocalTime.of(hour, 0), LocalTime.of(Math.min(hour + length, 23), 0), youth, history,
						Instant.parse("2027-01-01T08:00:00Z").plusSeconds(minute * 60L)));
		return one.list().uniqueElements(SeasonAllocation.Request::reference);
	}

	private static SeasonAllocation.Request request(String reference, String starts, String ends, boolean youth,
			boolean history, Instant at) {
		return new SeasonAllocation.Request(reference, "HALL-1", DayOfWeek.TUESDAY, LocalTime.parse(starts), LocalTime.parse(ends),
				youth, history, at);
	}

}
