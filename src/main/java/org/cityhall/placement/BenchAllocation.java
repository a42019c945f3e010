package org.cityhall.placement;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The placement benchmark's endpoints (bench/scenarios/placement.properties), only with {@code
 * cityhall.bench.baseline-endpoint=true}: {@code /bench/placement/allocate} runs the bench round's
 * allocation in memory (read from the database on the first request and kept) and answers its time in
 * milliseconds; {@code /bench/placement/round} resets the round and runs it whole, from the database to
 * stored results.
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchAllocation {

	static final UUID ROUND = UUID.fromString("00000000-0000-7000-8000-00000000be7c");

	private final AllocatingPlaces allocating;
	private final Rounds rounds;
	private final JdbcClient jdbc;
	private Allocation allocation;
	private List<Allocation.Applicant> applicants;

	BenchAllocation(AllocatingPlaces allocating, Rounds rounds, JdbcClient jdbc) {
		this.allocating = allocating;
		this.rounds = rounds;
		this.jdbc = jdbc;
	}

	@PostMapping(path = "/bench/placement/allocate", produces = MediaType.TEXT_PLAIN_VALUE)
	synchronized String allocate() {
		Round round = rounds.find(ROUND).orElseThrow(() -> new IllegalStateException("the bench round is not loaded"));
		if (allocation == null) {
			allocation = allocating.allocationOf(ROUND, allocating.schoolsOf());
			applicants = allocating.applicants(round);
		}
		long started = System.nanoTime();
		int placed = allocation.allocate(applicants, round.seed()).size();
		return placed + " applicants in " + (System.nanoTime() - started) / 1_000_000 + " ms";
	}

	@PostMapping(path = "/bench/placement/round", produces = MediaType.TEXT_PLAIN_VALUE)
	synchronized String round() {
		jdbc.sql("DELETE FROM placement_result WHERE round_id = ?").param(ROUND).update();
		jdbc.sql("DELETE FROM placement_priority WHERE application_id IN (SELECT id FROM placement_application WHERE round_id = ?)")
				.param(ROUND).update();
		jdbc.sql("UPDATE placement_round SET status = 'open', allocated_at = NULL, closes_at = '2026-02-01T00:00:00Z' WHERE id = ?")
				.param(ROUND).update();
		AllocatingPlaces.Report report = allocating.allocate(ROUND, "bench");
		return report.applications() + " applicants, allocation " + report.allocationNanos() / 1_000_000 + " ms, round "
				+ report.totalNanos() / 1_000_000 + " ms";
	}
}
