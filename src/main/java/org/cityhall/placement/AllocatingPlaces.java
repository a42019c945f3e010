package org.cityhall.placement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.cityhall.placement.Allocation.Outcome;
import org.cityhall.placement.Allocation.Placed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a round: reads its schools, places and applications, allocates in memory ({@link Allocation}) and
 * stores every result with the priorities it was decided by, in one transaction. Head teachers see their
 * lists from then on; guardians when the round is published.
 */
@Service
public class AllocatingPlaces {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final Rounds rounds;
	private final Schools schools;
	private final Applications applications;
	private final DistanceProvider distances;
	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AllocatingPlaces(Rounds rounds, Schools schools, Applications applications, DistanceProvider distances, JdbcClient jdbc,
			DataSource dataSource, ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.schools = schools;
		this.applications = applications;
		this.distances = distances;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.events = events;
		this.clock = clock;
	}

	/** What a run did, for the administrator and the benchmark. */
	public record Report(int applications, int placed, int nearHome, int unplaced, long allocationNanos, long totalNanos)
			implements java.io.Serializable {
	}

	/**
	 * Allocates an open round; allocating ends its application window.
	 *
	 * @throws IllegalStateException when the round is not open (it was allocated already)
	 */
	@Transactional
	public Report allocate(UUID roundId, String allocatedBy) {
		long started = System.nanoTime();
		Instant now = clock.instant();
		Round round = rounds.find(roundId).orElseThrow(() -> new IllegalArgumentException("no round " + roundId));
		if (!rounds.move(roundId, Round.Status.OPEN, Round.Status.ALLOCATED, now)) {
			throw new IllegalStateException("round " + round.name() + " is " + round.status().code()
					+ "; only an open round can be allocated");
		}
		// A window still running ends now; one not yet begun or already over stays as it was.
		jdbc.sql("UPDATE placement_round SET closes_at = ? WHERE id = ? AND opens_at < ? AND closes_at > ?")
				.params(java.sql.Timestamp.from(now), roundId, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
				.update();
		List<Allocation.School> schoolList = schoolsOf();
		Map<String, List<PriorityRule>> rules = new HashMap<>();
		schoolList.forEach(school -> rules.put(school.code(), school.rules()));
		Allocation allocation = allocationOf(roundId, schoolList);
		List<Allocation.Applicant> applicants = applicants(round);
		long allocating = System.nanoTime();
		List<Placed> placed = allocation.allocate(applicants, round.seed());
		long allocationNanos = System.nanoTime() - allocating;
		store(roundId, placed, rules);
		int choice = 0;
		int nearHome = 0;
		for (Placed one : placed) {
			choice += one.outcome() == Outcome.CHOICE ? 1 : 0;
			nearHome += one.outcome() == Outcome.NEAR_HOME ? 1 : 0;
		}
		int unplaced = placed.size() - choice - nearHome;
		events.publishEvent(new PlacesAllocated(UUID.randomUUID(), roundId, round.name(), round.seed(), placed.size(), choice,
				nearHome, unplaced, allocatedBy, now));
		return new Report(placed.size(), choice, nearHome, unplaced, allocationNanos, System.nanoTime() - started);
	}

	/** The round's allocation, ready to run on its applicants. */
	Allocation allocationOf(UUID roundId, List<Allocation.School> schoolList) {
		return new Allocation(schoolList, rounds.places(roundId), distances);
	}

	List<Allocation.School> schoolsOf() {
		List<Allocation.School> list = new ArrayList<>();
		for (School school : schools.all()) {
			list.add(new Allocation.School(school.code(), school.municipal(), school.position(), school.rules()));
		}
		return list;
	}

	/** The round's applications as the allocation takes them, with their siblings' schools. */
	List<Allocation.Applicant> applicants(Round round) {
		Map<String, Set<String>> youngSiblingSchools = new HashMap<>();
		Map<String, Set<String>> anySiblingSchools = new HashMap<>();
		jdbc.sql("""
				SELECT a.id, e.school_code, e.grade_level
				FROM placement_application a CROSS JOIN LATERAL unnest(a.siblings) AS s(child)
				JOIN placement_enrolment e ON e.child = s.child
				WHERE a.round_id = ?""").param(round.id()).query(row -> {
					String id = row.getString(1);
					anySiblingSchools.computeIfAbsent(id, key -> new HashSet<>()).add(row.getString(2));
					if (row.getInt(3) <= 5) {
						youngSiblingSchools.computeIfAbsent(id, key -> new HashSet<>()).add(row.getString(2));
					}
				});
		List<Allocation.Applicant> applicants = new ArrayList<>();
		for (SchoolApplication application : applications.ofRound(round.id())) {
			if (!application.isComplete() && round.unconfirmed() == Round.Unconfirmed.EXCLUDE) {
				continue;
			}
			String id = application.id().toString();
			applicants.add(new Allocation.Applicant(application.id(), application.grade(), application.choices(),
					application.home(), application.submittedAt().atZone(SWEDEN).toLocalDate(),
					youngSiblingSchools.getOrDefault(id, Set.of()), anySiblingSchools.getOrDefault(id, Set.of())));
		}
		return applicants;
	}

	/**
	 * Writes the results and priorities as arrays unnested in one statement each: a round of a hundred
	 * thousand children is half a million rows, which row-by-row inserts would take many seconds over.
	 */
	private void store(UUID roundId, List<Placed> placed, Map<String, List<PriorityRule>> rules) {
		int rows = 0;
		for (Placed one : placed) {
			rows += one.applicant().choices().size();
		}
		Object[] ids = new Object[placed.size()];
		Object[] schoolCodes = new Object[placed.size()];
		Object[] choices = new Object[placed.size()];
		Object[] outcomes = new Object[placed.size()];
		Object[] lotteries = new Object[placed.size()];
		Object[] pIds = new Object[rows];
		Object[] pChoices = new Object[rows];
		Object[] pSchools = new Object[rows];
		Object[] pSiblings = new Object[rows];
		Object[] pProximities = new Object[rows];
		Object[] pQueueDates = new Object[rows];
		Object[] pKeys = new Object[rows];
		int row = 0;
		for (int i = 0; i < placed.size(); i++) {
			Placed one = placed.get(i);
			Allocation.Applicant applicant = one.applicant();
			ids[i] = applicant.id();
			schoolCodes[i] = one.school().orElse(null);
			choices[i] = one.choice().isPresent() ? one.choice().getAsInt() + 1 : null;
			outcomes[i] = switch (one.outcome()) {
				case CHOICE -> "choice";
				case NEAR_HOME -> "near-home";
				case UNPLACED -> "unplaced";
			};
			lotteries[i] = one.lottery();
			for (int c = 0; c < applicant.choices().size(); c++, row++) {
				Priority priority = one.priorities().get(c);
				pIds[row] = applicant.id();
				pChoices[row] = c + 1;
				pSchools[row] = applicant.choices().get(c);
				pSiblings[row] = priority.sibling();
				pProximities[row] = priority.proximity().isPresent() ? priority.proximity().getAsInt() : null;
				pQueueDates[row] = priority.queueDate().map(java.sql.Date::valueOf).orElse(null);
				pKeys[row] = priority.key(rules.get(applicant.choices().get(c)));
			}
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO placement_result (application_id, round_id, school_code, choice, outcome, lottery)
					SELECT r.id, ?, r.school, r.choice, r.outcome, r.lottery
					FROM unnest(?::uuid[], ?::text[], ?::int[], ?::text[], ?::int[]) AS r(id, school, choice, outcome, lottery)""")) {
				insert.setObject(1, roundId);
				insert.setArray(2, connection.createArrayOf("uuid", ids));
				insert.setArray(3, connection.createArrayOf("text", schoolCodes));
				insert.setArray(4, connection.createArrayOf("int4", choices));
				insert.setArray(5, connection.createArrayOf("text", outcomes));
				insert.setArray(6, connection.createArrayOf("int4", lotteries));
				insert.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO placement_priority (application_id, choice, school_code, sibling, proximity, queue_date, priority_key)
					SELECT * FROM unnest(?::uuid[], ?::int[], ?::text[], ?::boolean[], ?::int[], ?::date[], ?::bigint[])""")) {
				insert.setArray(1, connection.createArrayOf("uuid", pIds));
				insert.setArray(2, connection.createArrayOf("int4", pChoices));
				insert.setArray(3, connection.createArrayOf("text", pSchools));
				insert.setArray(4, connection.createArrayOf("bool", pSiblings));
				insert.setArray(5, connection.createArrayOf("int4", pProximities));
				insert.setArray(6, connection.createArrayOf("date", pQueueDates));
				insert.setArray(7, connection.createArrayOf("int8", pKeys));
				insert.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not store the results of round " + roundId, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
