package org.cityhall.placement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.shared.Position;
import org.cityhall.web.MyPagesReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications of every round. */
@Repository
class Applications {

	private final JdbcClient jdbc;

	Applications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the application; a later application for the same child in the same round replaces the choices
	 * (and asks for confirmation again) but keeps the first queue date.
	 */
	SchoolApplication save(SchoolApplication application) {
		jdbc.sql("""
				INSERT INTO placement_application (id, round_id, case_number, child, child_name, grade, choices, applicant,
				    other_guardian, confirmed_at, submitted_at, household, siblings, district, easting, northing)
				VALUES (:id, :round, :number, :child, :childName, :grade, string_to_array(:choices, ','), :applicant,
				    :other, NULL, :at, :household, string_to_array(:siblings, ','), :district, :easting, :northing)
				ON CONFLICT (round_id, child) DO UPDATE SET case_number = EXCLUDED.case_number, grade = EXCLUDED.grade,
				    choices = EXCLUDED.choices, applicant = EXCLUDED.applicant, other_guardian = EXCLUDED.other_guardian,
				    confirmed_at = NULL, household = EXCLUDED.household, siblings = EXCLUDED.siblings, district = EXCLUDED.district,
				    easting = EXCLUDED.easting, northing = EXCLUDED.northing""")
				.param("id", application.id()).param("round", application.roundId()).param("number", application.caseNumber())
				.param("child", application.child()).param("childName", application.childName())
				.param("grade", application.grade().code()).param("choices", String.join(",", application.choices()))
				.param("applicant", application.applicant()).param("other", application.otherGuardian().orElse(null))
				.param("at", Timestamp.from(application.submittedAt())).param("household", application.household())
				.param("siblings", String.join(",", application.siblings()))
				.param("district", application.district()).param("easting", application.home().easting())
				.param("northing", application.home().northing()).update();
		return byCaseNumber(application.caseNumber()).orElseThrow();
	}

	Optional<SchoolApplication> byCaseNumber(String caseNumber) {
		return jdbc.sql("SELECT * FROM placement_application WHERE case_number = ?").param(caseNumber)
				.query(Applications::application).optional();
	}

	/** The applications the person made or is asked to confirm, newest first, queued with My pages' other queries. */
	Supplier<List<SchoolApplication>> ofGuardian(String number, MyPagesReads reads) {
		return reads.query(OF_GUARDIAN, Applications::application, number, number);
	}

	private static final String OF_GUARDIAN =
			"SELECT * FROM placement_application WHERE applicant = ? OR other_guardian = ? ORDER BY submitted_at DESC";

	List<SchoolApplication> ofRound(UUID round) {
		return jdbc.sql("SELECT * FROM placement_application WHERE round_id = ? ORDER BY id").param(round)
				.query(Applications::application).list();
	}

	boolean confirm(UUID id, String otherGuardian, Instant at) {
		return jdbc.sql("""
				UPDATE placement_application SET confirmed_at = ?
				WHERE id = ? AND other_guardian = ? AND confirmed_at IS NULL""")
				.params(Timestamp.from(at), id, otherGuardian).update() == 1;
	}

	/** A child's home moved before the reference date of a round not yet allocated: distances count from there. */
	int moveHome(String child, Position home, String district, java.time.LocalDate on) {
		return jdbc.sql("""
				UPDATE placement_application a SET easting = ?, northing = ?, district = ?
				FROM placement_round r
				WHERE a.round_id = r.id AND a.child = ? AND r.status = 'open' AND r.reference_date >= ?""")
				.params(home.easting(), home.northing(), district, child, on).update();
	}

	static SchoolApplication application(ResultSet row, int number) throws SQLException {
		Array choices = row.getArray("choices");
		return new SchoolApplication(row.getObject("id", UUID.class), row.getObject("round_id", UUID.class),
				row.getString("case_number"), row.getString("child"), row.getString("child_name"),
				Grade.ofCode(row.getString("grade")).orElseThrow(),
				Arrays.asList((String[]) choices.getArray()), row.getString("applicant"),
				Optional.ofNullable(row.getString("other_guardian")),
				Optional.ofNullable(row.getTimestamp("confirmed_at")).map(Timestamp::toInstant),
				row.getTimestamp("submitted_at").toInstant(), row.getString("household"),
				Arrays.asList((String[]) row.getArray("siblings").getArray()), row.getString("district"),
				new Position(row.getDouble("easting"), row.getDouble("northing")));
	}

}
