package org.cityhall.identity;

import java.time.LocalDate;
import java.util.Objects;

import org.cityhall.shared.Address;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;

/**
 * A resident as the population register (folkbokföringen) holds them.
 * <p>
 * A person with a protected identity (skyddad folkbokföring) is in the register like anyone else,
 * but their address, district and position must never be shown, sent or used to find them; only
 * what a matter strictly needs may be used, by staff allowed to. {@link #toString()} therefore
 * gives only the masked number.
 *
 * @param number the personal identity number
 * @param dateOfBirth the date of birth, as the number gives it
 * @param protectedIdentity whether the person has a protected identity (skyddad folkbokföring)
 * @param address where the person is registered (folkbokförd)
 * @param district the city district (stadsdelsområde) of that address, e.g. {@code Södermalm}
 * @param position the address's position in SWEREF 99 TM
 * @param householdId the same for everyone registered in the same dwelling
 */
public record Person(
		PersonalIdentityNumber number,
		String givenName,
		String familyName,
		LocalDate dateOfBirth,
		boolean protectedIdentity,
		Address address,
		String district,
		Position position,
		String householdId) {

	public Person {
		Objects.requireNonNull(number, "number");
		givenName = required(givenName, "given name");
		familyName = required(familyName, "family name");
		Objects.requireNonNull(dateOfBirth, "date of birth");
		Objects.requireNonNull(address, "address");
		district = required(district, "district");
		Objects.requireNonNull(position, "position");
		householdId = required(householdId, "household id");
	}

	/** Given name and family name: {@code Anna Lindqvist}. */
	public String fullName() {
		return givenName + " " + familyName;
	}

	/** The person's age in whole years on the given date. */
	public int ageOn(LocalDate date) {
		return number.ageOn(date);
	}

	/** Whether the person is under 18, a child in law, on the given date. */
	public boolean isChildOn(LocalDate date) {
		return ageOn(date) < 18;
	}

	@Override
	public String toString() {
		return "Person[" + number.masked() + "]";
	}

	private static String required(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("a person needs a " + what);
		}
		return value.strip();
	}
}
