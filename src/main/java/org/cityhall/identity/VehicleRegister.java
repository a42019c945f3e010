package org.cityhall.identity;

import java.util.List;
import java.util.Optional;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * The city's copy of the vehicle register: the vehicles its residents and companies own or use,
 * as current as the last extract imported. {@link VehicleChanged} tells what each import changed.
 */
public interface VehicleRegister {

	/**
	 * The vehicle with the registration number as someone typed it, in any case and with or
	 * without spaces ({@code abc 123}); empty if the register does not know it or it is no
	 * registration number at all.
	 */
	Optional<Vehicle> find(String plateAsTyped);

	/** The vehicles the person owns or uses under a leasing agreement, by registration number. */
	List<Vehicle> ownedOrUsedBy(PersonalIdentityNumber person);
}
