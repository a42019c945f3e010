package org.cityhall.placement;

import java.time.Instant;

import org.cityhall.shared.Position;

/**
 * A school taking part in school choice was added or changed: its code, name, whether the city runs it,
 * its district, street address (empty where none is recorded) and where it is. Published when a school is saved, and for every school when CityHall
 * starts, so a module that keeps its own list of schools (the provider directory) holds placement's.
 * Public facts, not a record.
 */
public record SchoolListed(String code, String name, boolean municipal, String district, String address, Position position,
		Instant at) {

	static SchoolListed of(School school, Instant at) {
		return new SchoolListed(school.code(), school.name(), school.municipal(), school.district(), school.address(),
				school.position(), at);
	}
}
