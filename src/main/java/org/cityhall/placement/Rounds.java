package org.cityhall.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The school choice rounds and their places per school and grade. */
@Repository
class Rounds {

	private final JdbcClient jdbc;

	Rounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Round round, Map<String, Integer> places) {
		jdbc.sql("""
				INSERT INTO placement_round (id, name, school_year, grades, opens_at, closes_at, publishes_at, reference_date, seed,
				    unconfirmed, status)
				VALUES (:id, :name, :year, string_to_array(:grades, ','), :opens, :closes, :publishes, :reference, :seed,
				    :unconfirmed, :status)""")
				.param("id", round.id()).param("name", round.name()).param("year", round.schoolYear())
				.param("grades", Grade.codes(round.grades()))
				.param("opens", Timestamp.from(round.opensAt())).param("closes", Timestamp.from(round.closesAt()))
				.param("publishes", Timestamp.from(round.publishesAt())).param("reference", round.referenceDate())
				.param("seed", round.seed()).param("unconfirmed", round.unconfirmed().code())
				.param("status", round.status().code()).update();
		putPlaces(round.id(), places);
	}

	/**
	 * Changes an open round's name, grades, dates, seed and rule, dropping its places in grades it is no longer
	 * for (the caller makes sure no one applied to those); false when it is no longer open.
	 */
	boolean change(Round round) {
		boolean changed = jdbc.sql("""
				UPDATE placement_round SET name = :name, school_year = :year, grades = string_to_array(:grades, ','),
				    opens_at = :opens, closes_at = :closes, publishes_at = :publishes, reference_date = :reference, seed = :seed,
				    unconfirmed = :unconfirmed
				WHERE id = :id AND status = 'open'""")
				.param("id", round.id()).param("name", round.name()).param("year", round.schoolYear())
				.param("grades", Grade.codes(round.grades()))
				.param("opens", Timestamp.from(round.opensAt())).param("closes", Timestamp.from(round.closesAt()))
				.param("publishes", Timestamp.from(round.publishesAt())).param("reference", round.referenceDate())
				.param("seed", round.seed()).param("unconfirmed", round.unconfirmed().code()).update() == 1;
		if (changed) {
			jdbc.sql("DELETE FROM placement_places WHERE round_id = ? AND NOT grade = ANY (string_to_array(?, ','))")
					.params(round.id(), Grade.codes(round.grades())).update();
		}
		return changed;
	}

	/** Locks the round against others changing it or its results until the transaction ends; its state as locked. */
	Optional<Round> lock(UUID id) {
		return jdbc.sql("SELECT * FROM placement_round WHERE id = ? FOR UPDATE").param(id).query(Rounds::round).optional();
	}

	/** Sets the places of the programmes given, keyed {@code code/grade}; a programme given 0 places is removed. */
	void putPlaces(UUID round, Map<String, Integer> places) {
		places.forEach((programme, count) -> {
			int slash = programme.lastIndexOf('/');
			String school = programme.substring(0, slash);
			String grade = programme.substring(slash + 1);
			if (count == 0) {
				// A programme someone has chosen keeps its row with no places, so the allocation still knows it.
				jdbc.sql("""
						DELETE FROM placement_places p WHERE round_id = ? AND school_code = ? AND grade = ? AND NOT EXISTS (
						    SELECT 1 FROM placement_application a
						    WHERE a.round_id = p.round_id AND a.grade = p.grade AND p.school_code = ANY (a.choices))""")
						.params(round, school, grade).update();
				jdbc.sql("UPDATE placement_places SET places = 0 WHERE round_id = ? AND school_code = ? AND grade = ?")
						.params(round, school, grade).update();
				return;
			}
			jdbc.sql("""
					INSERT INTO placement_places (round_id, school_code, grade, places) VALUES (?, ?, ?, ?)
					ON CONFLICT (round_id, school_code, grade) DO UPDATE SET places = EXCLUDED.places""")
					.params(round, school, grade, count).update();
		});
	}

	/** The rounds not yet published that give the school places in the grade. */
	List<Round> givingPlaces(String school, Grade grade) {
		return jdbc.sql("""
				SELECT r.* FROM placement_round r JOIN placement_places p ON p.round_id = r.id
				WHERE p.school_code = ? AND p.grade = ? AND p.places > 0 AND r.status <> 'published'
				ORDER BY r.opens_at, r.id""").params(school, grade.code()).query(Rounds::round).list();
	}

	/** How many applications the round has to each grade. */
	Map<Grade, Integer> applications(UUID round) {
		Map<Grade, Integer> applications = new java.util.EnumMap<>(Grade.class);
		jdbc.sql("SELECT grade, count(*) FROM placement_application WHERE round_id = ? GROUP BY grade").param(round)
				.query(row -> {
					applications.put(Grade.ofCode(row.getString(1)).orElseThrow(), row.getInt(2));
				});
		return applications;
	}

	/** How many children hold a place in each programme of the round, keyed {@code code/grade}. */
	Map<String, Integer> holding(UUID round) {
		Map<String, Integer> holding = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT r.school_code, a.grade, count(*) FROM placement_result r
				JOIN placement_application a ON a.id = r.application_id
				WHERE r.round_id = ? AND r.school_code IS NOT NULL GROUP BY r.school_code, a.grade""").param(round)
				.query(row -> {
					holding.put(row.getString(1) + "/" + row.getString(2), row.getInt(3));
				});
		return holding;
	}

	Optional<Round> find(UUID id) {
		return jdbc.sql("SELECT * FROM placement_round WHERE id = ?").param(id).query(Rounds::round).optional();
	}

	/** The round taking applications now; the one opened last if windows overlap. */
	Optional<Round> takingApplications(Instant now) {
		return jdbc.sql("""
				SELECT * FROM placement_round WHERE status = 'open' AND opens_at <= ? AND closes_at > ?
				ORDER BY opens_at DESC, id DESC LIMIT 1""").params(Timestamp.from(now), Timestamp.from(now))
				.query(Rounds::round).optional();
	}

	List<Round> latest(int limit) {
		return jdbc.sql("SELECT * FROM placement_round ORDER BY opens_at DESC, id DESC LIMIT ?").param(limit)
				.query(Rounds::round).list();
	}

	/** The places per school and grade, keyed {@code code/grade}. */
	Map<String, Integer> places(UUID round) {
		Map<String, Integer> places = new java.util.HashMap<>();
		jdbc.sql("SELECT school_code, grade, places FROM placement_places WHERE round_id = ?").param(round)
				.query(row -> {
					places.put(row.getString(1) + "/" + row.getString(2), row.getInt(3));
				});
		return places;
	}

	/** Moves the round on; false when it was not in the expected state (someone else moved it first). */
	boolean move(UUID id, Round.Status from, Round.Status to, Instant at) {
		String stamp = to == Round.Status.ALLOCATED ? "allocated_at" : "published_at";
		return jdbc.sql("UPDATE placement_round SET status = ?, " + stamp + " = ? WHERE id = ? AND status = ?")
				.params(to.code(), Timestamp.from(at), id, from.code()).update() == 1;
	}

	private static Round round(ResultSet row, int number) throws SQLException {
		return new Round(row.getObject("id", UUID.class), row.getString("name"), row.getInt("school_year"),
				Grade.of(row.getArray("grades")), row.getTimestamp("opens_at").toInstant(), row.getTimestamp("closes_at").toInstant(),
				row.getTimestamp("publishes_at").toInstant(), row.getDate("reference_date").toLocalDate(), row.getLong("seed"),
				Round.Unconfirmed.valueOf(row.getString("unconfirmed").toUpperCase(Locale.ROOT)),
				Round.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
				Optional.ofNullable(row.getTimestamp("allocated_at")).map(Timestamp::toInstant),
				Optional.ofNullable(row.getTimestamp("published_at")).map(Timestamp::toInstant));
	}
}
