package org.cityhall.records;

import java.util.Objects;
import java.util.UUID;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A person's care diary, held by the unit that gives the care (a home-help area, a care home).
 *
 * @param id the diary's id, which its address carries; it says nothing of the person
 * @param person whose diary it is
 * @param personName the person's name from the population register; empty when it does not know them
 * @param unit the unit that gives the care, as staff roles name it without {@code unit:} ({@code home-help-bromma})
 */
public record Diary(UUID id, PersonalIdentityNumber person, String personName, String unit) {

	public Diary {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(person, "person");
		personName = personName == null ? "" : personName;
		Objects.requireNonNull(unit, "unit");
	}

	/** The name to show: the registered name, else the masked number. */
	public String displayName() {
		return personName.isBlank() ? person.masked() : personName;
	}
}
