package org.cityhall.identity.registers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.cityhall.identity.Vehicle;
import org.cityhall.identity.VehicleRegister;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The vehicle register as the last import left it in {@code identity_vehicle}. */
@Component
class JdbcVehicleRegister implements VehicleRegister {

	private final JdbcClient jdbc;

	JdbcVehicleRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Vehicle> find(String plateAsTyped) {
		String plate = Vehicle.normalisePlate(plateAsTyped);
		if (!Vehicle.isPlate(plate)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT plate, owner, vehicle_user, in_traffic, make_model FROM identity_vehicle WHERE plate = :plate")
				.param("plate", plate)
				.query((rs, row) -> vehicle(rs))
				.optional();
	}

	@Override
	public List<Vehicle> ownedOrUsedBy(PersonalIdentityNumber person) {
		return jdbc.sql("""
				SELECT plate, owner, vehicle_user, in_traffic, make_model FROM identity_vehicle
				WHERE owner = :person OR vehicle_user = :person
				ORDER BY plate
				""")
				.param("person", person.value())
				.query((rs, row) -> vehicle(rs))
				.list();
	}

	private static Vehicle vehicle(ResultSet rs) throws SQLException {
		return new Vehicle(rs.getString("plate"), rs.getString("owner"), rs.getString("vehicle_user"),
				rs.getBoolean("in_traffic"), rs.getString("make_model"));
	}
}
