package org.cityhall.identity.registers;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.cityhall.identity.VehicleChanged;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces the vehicle register with a staged {@code vehicles.csv}, publishing a change of owner,
 * user or traffic status, and vehicles that entered or left the register.
 *
 * @param jdbc the database, in the import's transaction: the extract is staged in temporary tables there
 * @param publish where the events go
 * @param at when the import runs: the time of every event
 */
record VehicleSnapshot(JdbcTemplate jdbc, Consumer<Object> publish, Instant at) {

	static final String VEHICLES = "identity_vehicle";
	static final List<String> KEY = List.of("plate");
	static final List<String> VALUES = List.of("owner", "vehicle_user", "in_traffic", "make_model");

	record Result(Difference vehicles, int changed) {
	}

	Result apply() {
		Difference vehicles = Difference.between(jdbc, ExtractFile.VEHICLES, VEHICLES, KEY, VALUES);
		int[] changed = {0};
		if (vehicles.before() > 0) {
			jdbc.query("""
					SELECT coalesce(s.plate, t.plate) AS plate, s.owner, s.vehicle_user, coalesce(s.in_traffic, FALSE) AS in_traffic
					FROM pg_temp.identity_incoming_vehicle s FULL JOIN identity_vehicle t ON t.plate = s.plate
					WHERE s.plate IS NULL OR t.plate IS NULL
					   OR ROW(s.owner, s.vehicle_user, s.in_traffic) IS DISTINCT FROM ROW(t.owner, t.vehicle_user, t.in_traffic)
					ORDER BY 1
					""", rs -> {
				publish.accept(new VehicleChanged(Ids.next(), at, rs.getString("plate"), rs.getString("owner"),
						rs.getString("vehicle_user"), rs.getBoolean("in_traffic")));
				changed[0]++;
			});
		}
		Difference.apply(jdbc, ExtractFile.VEHICLES, VEHICLES, KEY, VALUES);
		return new Result(vehicles, changed[0]);
	}
}
