package org.cityhall.identity.registers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.shared.Address;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The population register as the last import left it in {@code identity_person} and {@code identity_guardianship}. */
@Component
class JdbcPopulationRegister implements PopulationRegister {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final String COLUMNS = """
			p.personal_identity_number, p.given_name, p.family_name, p.date_of_birth, p.protected_identity,
			p.street, p.postal_code, p.city, p.district, p.easting, p.northing, p.household_id""";

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcPopulationRegister(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public Optional<Person> find(PersonalIdentityNumber number) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_person p WHERE p.personal_identity_number = :number")
				.param("number", number.value())
				.query((rs, row) -> person(rs))
				.optional();
	}

	@Override
	public List<Person> childrenOf(PersonalIdentityNumber guardian) {
		// My pages asks once for the pre-school section and once for the queues: one page, one answer.
		return PerRequest.remember(childrenKey(guardian), () -> readChildrenOf(guardian));
	}

	@Override
	public Supplier<List<Person>> childrenOf(PersonalIdentityNumber guardian, MyPagesReads reads) {
		LocalDate today = today();
		Supplier<List<Person>> listed = reads.query(CHILDREN_OF, (rs, row) -> person(rs), guardian.value());
		return () -> PerRequest.remember(childrenKey(guardian), () -> under18(listed.get(), today));
	}

	private static String childrenKey(PersonalIdentityNumber guardian) {
		return "identity.population.children-of." + guardian.value();
	}

	private List<Person> readChildrenOf(PersonalIdentityNumber guardian) {
		LocalDate today = today();
		return under18(jdbc.sql(CHILDREN_OF).param(guardian.value()).query((rs, row) -> person(rs)).list(), today);
	}

	private static List<Person> under18(List<Person> listed, LocalDate today) {
		return listed.stream().filter(child -> child.isChildOn(today)).toList();
	}

	private static final String CHILDREN_OF = "SELECT " + COLUMNS + """
			 FROM identity_guardianship g JOIN identity_person p ON p.personal_identity_number = g.child
			WHERE g.guardian = ?
			ORDER BY p.date_of_birth, p.personal_identity_number""";

	@Override
	public List<Person> guardiansOf(PersonalIdentityNumber child) {
		if (!isChild(child)) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM identity_guardianship g JOIN identity_person p ON p.personal_identity_number = g.guardian
				WHERE g.child = :child
				ORDER BY p.personal_identity_number
				""")
				.param("child", child.value())
				.query((rs, row) -> person(rs))
				.list();
	}

	@Override
	public boolean isGuardianOf(PersonalIdentityNumber guardian, PersonalIdentityNumber child) {
		return isChild(child) && jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM identity_guardianship WHERE guardian = :guardian AND child = :child)
				""")
				.param("guardian", guardian.value())
				.param("child", child.value())
				.query(Boolean.class)
				.single();
	}

	@Override
	public List<Person> household(PersonalIdentityNumber number) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM identity_person p
				WHERE p.household_id = (SELECT household_id FROM identity_person WHERE personal_identity_number = :number)
				ORDER BY p.date_of_birth, p.personal_identity_number
				""")
				.param("number", number.value())
				.query((rs, row) -> person(rs))
				.list();
	}

	private boolean isChild(PersonalIdentityNumber number) {
		LocalDate today = today();
		return !number.birthDate().isAfter(today) && number.ageOn(today) < 18;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(STOCKHOLM));
	}

	static Person person(ResultSet rs) throws SQLException {
		return new Person(Stored.person(rs.getString("personal_identity_number")), rs.getString("given_name"), rs.getString("family_name"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getBoolean("protected_identity"),
				new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city")),
				rs.getString("district"), new Position(rs.getDouble("easting"), rs.getDouble("northing")),
				rs.getString("household_id"));
	}
}
