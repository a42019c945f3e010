package org.cityhall.permits;

import java.util.List;
import java.util.Optional;

import org.cityhall.identity.Person;
import org.cityhall.identity.Vehicle;

/**
 * Who may have a residents' parking permit for which car: someone registered at an address in a zone
 * who owns, or uses under a leasing agreement, a car that is in traffic. The rule alone, on what the
 * registers say; {@link Permits} asks the registers.
 */
final class Eligibility {

	private Eligibility() {
	}

	/** What the registers say about an application. */
	sealed interface Verdict permits Eligible, NotEligible {
	}

	record Eligible(Zone zone, Vehicle vehicle) implements Verdict {
	}

	/**
	 * Why not, in the applicant's words: a message key of {@code permits_*.properties} and its arguments.
	 */
	record NotEligible(String messageKey, List<Object> arguments) implements Verdict {

		NotEligible(String messageKey, Object... arguments) {
			this(messageKey, List.of(arguments));
		}
	}

	/**
	 * @param applicant the applicant in the population register; empty when not registered in the city
	 * @param plateAsTyped the car's registration number as typed
	 * @param theirs the vehicles the register says the applicant owns or uses under a leasing agreement
	 * @param zones the city's zones
	 */
	static Verdict judge(Optional<Person> applicant, String plateAsTyped, List<Vehicle> theirs, Zones zones) {
		if (applicant.isEmpty()) {
			return new NotEligible("permits.not-eligible.not-registered");
		}
		Optional<Zone> zone = zones.at(applicant.get().position());
		if (zone.isEmpty()) {
			return new NotEligible("permits.not-eligible.outside-zones");
		}
		String plate = Vehicle.normalisePlate(plateAsTyped);
		if (!Vehicle.isPlate(plate)) {
			return new NotEligible("permits.not-eligible.no-plate", plateAsTyped == null ? "" : plateAsTyped.strip());
		}
		if (theirs.isEmpty()) {
			return new NotEligible("permits.not-eligible.no-car");
		}
		Optional<Vehicle> car = theirs.stream().filter(v -> v.plate().equals(plate)).findFirst();
		if (car.isEmpty() || !car.get().ownedOrUsedBy(applicant.get().number())) {
			return new NotEligible("permits.not-eligible.not-your-car", plate);
		}
		if (!car.get().inTraffic()) {
			return new NotEligible("permits.not-eligible.not-in-traffic", plate);
		}
		return new Eligible(zone.get(), car.get());
	}
}
