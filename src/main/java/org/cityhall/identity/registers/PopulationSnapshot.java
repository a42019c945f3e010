package org.cityhall.identity.registers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.cityhall.identity.GuardianshipEnded;
import org.cityhall.identity.GuardianshipGranted;
import org.cityhall.identity.PersonMoved;
import org.cityhall.identity.ProtectedIdentityChanged;
import org.cityhall.shared.Address;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces the population register with a staged {@code persons.csv} and {@code guardianships.csv},
 * publishing what changed for whom: protected identities first, then moves, then custody.
 *
 * @param jdbc the database, in the import's transaction: the extract is staged in temporary tables there
 * @param publish where the events go
 * @param at when the import runs: the time of every event
 */
record PopulationSnapshot(JdbcTemplate jdbc, Consumer<Object> publish, Instant at) {

	static final String PERSONS = "identity_person";
	static final String GUARDIANSHIPS = "identity_guardianship";
	static final List<String> PERSON_KEY = List.of("personal_identity_number");
	static final List<String> PERSON_VALUES = List.of("given_name", "family_name", "date_of_birth", "protected_identity",
			"street", "postal_code", "city", "district", "easting", "northing", "household_id");
	static final List<String> GUARDIANSHIP_KEY = List.of("child", "guardian");

	record Result(Difference persons, Difference guardianships, int moved, int protectedChanged, int granted, int ended) {

		boolean firstLoad() {
			return persons.before() == 0;
		}
	}

	Result apply() {
		Difference persons = Difference.between(jdbc, ExtractFile.PERSONS, PERSONS, PERSON_KEY, PERSON_VALUES);
		Difference guardianships = Difference.between(jdbc, ExtractFile.GUARDIANSHIPS, GUARDIANSHIPS, GUARDIANSHIP_KEY,
				List.of());
		int moved = 0;
		int protectedChanged = 0;
		int granted = 0;
		int ended = 0;
		if (persons.before() > 0) {
			List<PersonMoved> moves = new ArrayList<>();
			List<ProtectedIdentityChanged> protections = new ArrayList<>();
			collectPersonChanges(moves, protections);
			protections.forEach(publish);
			moves.forEach(publish);
			moved = moves.size();
			protectedChanged = protections.size();
			granted = publishGranted();
			ended = publishEnded();
		}
		Difference.apply(jdbc, ExtractFile.PERSONS, PERSONS, PERSON_KEY, PERSON_VALUES);
		Difference.apply(jdbc, ExtractFile.GUARDIANSHIPS, GUARDIANSHIPS, GUARDIANSHIP_KEY, List.of());
		return new Result(persons, guardianships, moved, protectedChanged, granted, ended);
	}

	private void collectPersonChanges(List<PersonMoved> moves, List<ProtectedIdentityChanged> protections) {
		jdbc.query("""
				SELECT s.personal_identity_number,
				       t.street AS from_street, t.postal_code AS from_postal_code, t.city AS from_city, t.district AS from_district,
				       s.street, s.postal_code, s.city, s.district,
				       t.protected_identity AS was_protected, s.protected_identity
				FROM pg_temp.identity_incoming_person s
				JOIN identity_person t ON t.personal_identity_number = s.personal_identity_number
				WHERE ROW(t.street, t.postal_code, t.city) IS DISTINCT FROM ROW(s.street, s.postal_code, s.city)
				   OR t.protected_identity <> s.protected_identity
				ORDER BY s.personal_identity_number
				""", rs -> {
			var number = Stored.person(rs.getString("personal_identity_number"));
			boolean isProtected = rs.getBoolean("protected_identity");
			if (isProtected != rs.getBoolean("was_protected")) {
				protections.add(new ProtectedIdentityChanged(Ids.next(), at, number, isProtected));
			}
			Address from = new Address(rs.getString("from_street"), rs.getString("from_postal_code"), rs.getString("from_city"));
			Address to = new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"));
			if (!from.equals(to)) {
				moves.add(new PersonMoved(Ids.next(), at, number, from, to, rs.getString("from_district"),
						rs.getString("district"), isProtected));
			}
		});
	}

	private int publishGranted() {
		return publishCustody("""
				SELECT s.child, s.guardian FROM pg_temp.identity_incoming_guardianship s
				WHERE NOT EXISTS (SELECT 1 FROM identity_guardianship t WHERE t.child = s.child AND t.guardian = s.guardian)
				ORDER BY s.child, s.guardian
				""", (child, guardian) -> new GuardianshipGranted(Ids.next(), at, child, guardian));
	}

	private int publishEnded() {
		return publishCustody("""
				SELECT t.child, t.guardian FROM identity_guardianship t
				WHERE NOT EXISTS (SELECT 1 FROM pg_temp.identity_incoming_guardianship s WHERE s.child = t.child AND s.guardian = t.guardian)
				ORDER BY t.child, t.guardian
				""", (child, guardian) -> new GuardianshipEnded(Ids.next(), at, child, guardian));
	}

	/** Publishes an event for each custody, a child and a guardian, the query finds; gives how many. */
	private int publishCustody(String query, BiFunction<PersonalIdentityNumber, PersonalIdentityNumber, Object> event) {
		int[] count = {0};
		jdbc.query(query, rs -> {
			publish.accept(event.apply(Stored.person(rs.getString("child")), Stored.person(rs.getString("guardian"))));
			count[0]++;
		});
		return count[0];
	}
}
