package org.cityhall.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.placement.allocation.Market;
import org.cityhall.placement.allocation.Waitlists;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results: publishing them to guardians, a child's placement, a place given back passing down
 * the waiting lists, the head teachers' lists, the free places and the round's statistics.
 */
@Service
public class PlacementResults {

	private final Rounds rounds;
	private final Applications applications;
	private final Schools schools;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PlacementResults(Rounds rounds, Applications applications, Schools schools, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.applications = applications;
		this.schools = schools;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A child's result: the school (empty when none), which choice from 1 (empty when not a listed one), and the outcome. */
	public record Result(Optional<String> school, Optional<Integer> choice, String outcome, int lottery) {
	}

	/** Publishes an allocated round: every guardian of every child is told. */
	@Transactional
	public void publish(UUID roundId) {
		Instant now = clock.instant();
		Round round = rounds.find(roundId).orElseThrow(() -> new IllegalArgumentException("no round " + roundId));
		if (!rounds.move(roundId, Round.Status.ALLOCATED, Round.Status.PUBLISHED, now)) {
			throw new IllegalStateException("round " + round.name() + " is " + round.status().code()
					+ "; only an allocated round can be published");
		}
		for (SchoolApplication application : applications.ofRound(roundId)) {
			result(application.id()).ifPresent(result -> tell(roundId, application, result, now));
		}
	}

	public Optional<Result> result(UUID application) {
		return jdbc.sql("SELECT school_code, choice, outcome, lottery FROM placement_result WHERE application_id = ?")
				.param(application)
				.query((row, n) -> new Result(Optional.ofNullable(row.getString(1)),
						Optional.ofNullable((Integer) row.getObject(2)), row.getString(3), row.getInt(4)))
				.optional();
	}

	/**
	 * A guardian gives back the child's place after publication: it passes to the waiting list in priority
	 * order, and each child moved up is told.
	 *
	 * @throws IllegalStateException when the round is not published or the child holds no place
	 */
	@Transactional
	public void giveBack(String caseNumber, PersonalIdentityNumber guardian) {
		SchoolApplication leaving = applications.byCaseNumber(caseNumber)
				.filter(application -> application.isGuardian(guardian.value()))
				.orElseThrow(() -> new IllegalArgumentException("no application " + caseNumber + " of this guardian"));
		Round round = rounds.find(leaving.roundId()).orElseThrow();
		if (!round.isPublished()) {
			throw new IllegalStateException("round " + round.name() + " is not published; places are given back after publication");
		}
		// Everyone's place is locked while it moves: two places given back at once pass down one at a time.
		jdbc.sql("SELECT id FROM placement_round WHERE id = ? FOR UPDATE").param(round.id()).query().singleValue();
		Standing standing = standing(round.id());
		int leavingIndex = standing.all().stream().map(SchoolApplication::id).toList().indexOf(leaving.id());
		if (leavingIndex < 0 || standing.programmeOf()[leavingIndex] < 0) {
			throw new IllegalStateException("application " + caseNumber + " holds no place to give back");
		}
		List<Waitlists.Move> moves = Waitlists.release(standing.market(), standing.programmeOf(), leavingIndex);
		jdbc.sql("UPDATE placement_result SET school_code = NULL, choice = NULL, outcome = 'given-back' WHERE application_id = ?")
				.param(leaving.id()).update();
		move(round.id(), standing, moves);
	}

	/**
	 * Places added to a programme of a published round pass down its waiting list, one at a time, as places given
	 * back do; each child moved up is told. The caller has set the places and holds the round's lock.
	 */
	void passOn(UUID roundId, String programme, int added) {
		Standing standing = standing(roundId);
		Integer index = standing.index().get(programme);
		for (int place = 0; place < added && index != null; place++) {
			List<Waitlists.Move> moves = Waitlists.add(standing.market(), standing.programmeOf(), index);
			if (moves.isEmpty()) {
				return;
			}
			move(roundId, standing, moves);
		}
	}

	/**
	 * Where a published round stands: those still holding or waiting (not those who gave back), the programmes
	 * in order with their index, the market with every priority, and each one's programme now (-1 for none).
	 */
	private record Standing(List<SchoolApplication> all, List<String> programmes, Map<String, Integer> index, Market market,
			int[] programmeOf) {
	}

	/** Reads a round's results and priorities in two queries, not two per child. */
	private Standing standing(UUID roundId) {
		Map<UUID, Result> results = new HashMap<>();
		jdbc.sql("SELECT application_id, school_code, choice, outcome, lottery FROM placement_result WHERE round_id = ?")
				.param(roundId).query(row -> {
					results.put(row.getObject(1, UUID.class), new Result(Optional.ofNullable(row.getString(2)),
							Optional.ofNullable((Integer) row.getObject(3)), row.getString(4), row.getInt(5)));
				});
		List<SchoolApplication> all = new ArrayList<>();
		for (SchoolApplication application : applications.ofRound(roundId)) {
			Result held = results.get(application.id());
			if (held != null && !held.outcome().equals("given-back")) {
				all.add(application);
			}
		}
		Map<UUID, List<Long>> priorities = new HashMap<>();
		jdbc.sql("""
				SELECT p.application_id, p.priority_key FROM placement_priority p
				JOIN placement_application a ON a.id = p.application_id
				WHERE a.round_id = ? ORDER BY p.application_id, p.choice""").param(roundId)
				.query(row -> {
					priorities.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>()).add(row.getLong(2));
				});
		Map<String, Integer> counts = rounds.places(roundId);
		// A programme whose places were taken away altogether may still hold children, who keep their place.
		List<String> programmes = new ArrayList<>(counts.keySet());
		for (SchoolApplication application : all) {
			results.get(application.id()).school().map(code -> Allocation.programme(code, application.grade()))
					.filter(programme -> !counts.containsKey(programme)).ifPresent(programme -> {
						counts.put(programme, 0);
						programmes.add(programme);
					});
			for (String code : application.choices()) {
				String programme = Allocation.programme(code, application.grade());
				if (!counts.containsKey(programme)) {
					counts.put(programme, 0);
					programmes.add(programme);
				}
			}
		}
		programmes.sort(null);
		Map<String, Integer> index = new HashMap<>();
		int[] places = new int[programmes.size()];
		for (int p = 0; p < programmes.size(); p++) {
			index.put(programmes.get(p), p);
			places[p] = counts.get(programmes.get(p));
		}
		int[][] choices = new int[all.size()][];
		long[][] keys = new long[all.size()][];
		int[] programmeOf = new int[all.size()];
		for (int a = 0; a < all.size(); a++) {
			SchoolApplication application = all.get(a);
			choices[a] = application.choices().stream()
					.mapToInt(code -> index.get(Allocation.programme(code, application.grade()))).toArray();
			keys[a] = priorities.getOrDefault(application.id(), List.of()).stream().mapToLong(Long::longValue).toArray();
			programmeOf[a] = results.get(application.id()).school()
					.map(code -> index.get(Allocation.programme(code, application.grade()))).orElse(-1);
		}
		return new Standing(all, programmes, index, new Market(places, choices, keys), programmeOf);
	}

	/** Stores the moves down the waiting lists and tells each child's guardians. */
	private void move(UUID roundId, Standing standing, List<Waitlists.Move> moves) {
		Instant now = clock.instant();
		for (Waitlists.Move move : moves) {
			SchoolApplication moved = standing.all().get(move.applicant());
			String programme = standing.programmes().get(move.to());
			String school = programme.substring(0, programme.lastIndexOf('/'));
			int choice = moved.choices().indexOf(school) + 1;
			jdbc.sql("UPDATE placement_result SET school_code = ?, choice = ?, outcome = 'choice' WHERE application_id = ?")
					.params(school, choice, moved.id()).update();
			tell(roundId, moved, result(moved.id()).orElseThrow(), now);
		}
	}

	private void tell(UUID roundId, SchoolApplication application, Result result, Instant now) {
		Optional<String> schoolName = result.school().flatMap(schools::find).map(School::name);
		List<String> guardians = new ArrayList<>();
		guardians.add(application.applicant());
		application.otherGuardian().ifPresent(guardians::add);
		for (String guardian : guardians) {
			events.publishEvent(new PlacementDecided(UUID.randomUUID(), roundId, application.caseNumber(),
					PersonalIdentityNumber.parse(application.child()), application.childName(),
					PersonalIdentityNumber.parse(guardian), schoolName, result.outcome(), now));
		}
	}

	/** A child on a head teacher's list. */
	public record Admitted(String childName, Grade grade, Optional<Integer> choice, String outcome) {
	}

	/** The children a school took in a round, by grade and name. */
	public List<Admitted> admitted(UUID roundId, String school) {
		return jdbc.sql("""
				SELECT a.child_name, a.grade, r.choice, r.outcome FROM placement_result r
				JOIN placement_application a ON a.id = r.application_id
				WHERE r.round_id = ? AND r.school_code = ? ORDER BY a.grade, a.child_name""").params(roundId, school)
				.query((row, n) -> new Admitted(row.getString(1), Grade.ofCode(row.getString(2)).orElseThrow(),
						Optional.ofNullable((Integer) row.getObject(3)), row.getString(4)))
				.list();
	}

	/** A school's places in a grade, and how many are free after the allocation. */
	public record FreePlaces(String school, String schoolName, Grade grade, int places, int free) {
	}

	public List<FreePlaces> freePlaces(UUID roundId) {
		return jdbc.sql("""
				SELECT p.school_code, s.name, p.grade, p.places, p.places - count(r.application_id) AS free
				FROM placement_places p JOIN placement_school s ON s.code = p.school_code
				LEFT JOIN placement_application a ON a.round_id = p.round_id AND a.grade = p.grade
				LEFT JOIN placement_result r ON r.application_id = a.id AND r.school_code = p.school_code
				WHERE p.round_id = ? GROUP BY p.school_code, s.name, p.grade, p.places ORDER BY s.name, p.grade""")
				.param(roundId)
				.query((row, n) -> new FreePlaces(row.getString(1), row.getString(2), Grade.ofCode(row.getString(3)).orElseThrow(),
						row.getInt(4), row.getInt(5)))
				.list();
	}

	/** How a district's children fared: counts of first, second, third and later choices, near home and unplaced. */
	public record DistrictFigures(String district, int children, int first, int second, int third, int later, int nearHome,
			int unplaced) {

		public int percent(int count) {
			return children == 0 ? 0 : Math.round(100f * count / children);
		}
	}

	public List<DistrictFigures> statistics(UUID roundId) {
		return jdbc.sql("""
				SELECT a.district, count(*),
				    count(*) FILTER (WHERE r.outcome = 'choice' AND r.choice = 1),
				    count(*) FILTER (WHERE r.outcome = 'choice' AND r.choice = 2),
				    count(*) FILTER (WHERE r.outcome = 'choice' AND r.choice = 3),
				    count(*) FILTER (WHERE r.outcome = 'choice' AND r.choice > 3),
				    count(*) FILTER (WHERE r.outcome = 'near-home'),
				    count(*) FILTER (WHERE r.outcome = 'unplaced')
				FROM placement_result r JOIN placement_application a ON a.id = r.application_id
				WHERE r.round_id = ? GROUP BY ROLLUP (a.district) ORDER BY a.district NULLS LAST""").param(roundId)
				.query((row, n) -> new DistrictFigures(Optional.ofNullable(row.getString(1)).orElse(""), row.getInt(2),
						row.getInt(3), row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8)))
				.list();
	}

}
