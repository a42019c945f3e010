package org.cityhall.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cityhall.shared.Position;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools and the children enrolled in them. */
@Repository
public class Schools {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final java.time.Clock clock;

	Schools(JdbcClient jdbc, ApplicationEventPublisher events, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public List<School> all() {
		return jdbc.sql("SELECT * FROM placement_school ORDER BY name, code").query(Schools::school).list();
	}

	public Optional<School> find(String code) {
		return jdbc.sql("SELECT * FROM placement_school WHERE code = ?").param(code).query(Schools::school).optional();
	}

	/** Adds a school, or changes the one with the same code, and tells of it ({@link SchoolListed}) in the caller's transaction. */
	@org.springframework.transaction.annotation.Transactional
	public void save(School school) {
		String rules = school.municipal() ? "city"
				: school.rules().stream().map(PriorityRule::code).collect(Collectors.joining(","));
		jdbc.sql("""
				INSERT INTO placement_school (code, name, municipal, district, address, easting, northing, grades, rules)
				VALUES (?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?)
				ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, municipal = EXCLUDED.municipal,
				    district = EXCLUDED.district, address = EXCLUDED.address, easting = EXCLUDED.easting,
				    northing = EXCLUDED.northing, grades = EXCLUDED.grades, rules = EXCLUDED.rules""")
				.params(school.code(), school.name(), school.municipal(), school.district(), school.address(),
						school.position().easting(), school.position().northing(), Grade.codes(school.grades()), rules)
				.update();
		events.publishEvent(SchoolListed.of(school, clock.instant()));
	}

	/** Tells of every school again, as CityHall starts: they may have been saved before anyone listened. */
	public void announceAll() {
		Instant at = clock.instant();
		all().forEach(school -> events.publishEvent(SchoolListed.of(school, at)));
	}

	/** Records where a child goes to school now, for their siblings' priority. */
	public void enrol(String child, String school, int gradeLevel) {
		jdbc.sql("""
				INSERT INTO placement_enrolment (child, school_code, grade_level) VALUES (?, ?, ?)
				ON CONFLICT (child) DO UPDATE SET school_code = EXCLUDED.school_code, grade_level = EXCLUDED.grade_level""")
				.params(child, school, gradeLevel).update();
	}

	static School school(ResultSet row, int number) throws SQLException {
		return new School(row.getString("code"), row.getString("name"), row.getBoolean("municipal"), row.getString("district"),
				row.getString("address"), new Position(row.getDouble("easting"), row.getDouble("northing")),
				Grade.of(row.getArray("grades")), PriorityRule.parse(row.getString("rules")));
	}
}
